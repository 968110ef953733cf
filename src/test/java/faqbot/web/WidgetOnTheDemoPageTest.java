package faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.http.AllowedOrigins;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/** The widget on faqbot's own demo clinic page, in a real headless Chromium. */
class WidgetOnTheDemoPageTest {

    private static RunningFaqbot faqbot;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        faqbot = RunningFaqbot.start(AllowedOrigins.ownOriginOnly());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (faqbot != null) {
            faqbot.close();
        }
    }

    @BeforeEach
    void freshTab() {
        browser.freshTab();
    }

    private WidgetPage demoPage() {
        return WidgetPage.open(browser, faqbot.url("localhost") + "/");
    }

    @Test
    void aVisitorOpensTheChatAsksAndGetsAnAnswerWithALinkToItsSection() {
        WidgetPage page = demoPage().openChat();
        assertThat(page.botMessages()).hasSize(1).first().extracting(WebElement::getText).asString().contains("Hello!");

        WebElement answer = page.ask("is the balloon one covered by my insurance?");

        assertThat(answer.getText()).containsIgnoringCase("insurance");
        WebElement link = answer.findElement(By.cssSelector("a"));
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getAttribute("rel")).contains("noopener", "noreferrer");
        String pageUrl = page.driver().getCurrentUrl().split("#")[0];
        assertThat(link.getAttribute("href")).as("a citation of the page's own article opens the section on this page")
                .startsWith(pageUrl + "#");
        String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        assertThat(page.driver().findElements(By.id(anchor)))
                .as("the demo page has the section the citation links to")
                .hasSize(1);
        assertThat(link.getText()).contains(page.driver().findElement(By.id(anchor)).getText());
    }

    @Test
    void clickingASuggestionAsksItsQuestion() {
        WidgetPage page = demoPage().openChat();
        page.ask("what is kyphoplasty?");
        List<WebElement> chips = page.chips();
        assertThat(chips).isNotEmpty();
        String suggestion = chips.get(0).getText();
        int before = page.botMessages().size();

        chips.get(0).click();
        WebElement reply = page.awaitReply(before);

        List<WebElement> asked = page.visitorMessages();
        assertThat(asked.get(asked.size() - 1).getText()).endsWith(suggestion);
        assertThat(reply.getText()).isNotBlank();
    }

    @Test
    void theDisclaimerIsShownOncePerConversation() {
        WidgetPage page = demoPage().openChat();
        page.ask("what is vertebroplasty?");
        page.ask("how long is the recovery after kyphoplasty?");

        assertThat(page.findAll(".disc")).hasSize(1);
    }

    @Test
    void aKeyboardAloneCanOpenAskAndClose() {
        WidgetPage page = demoPage();
        WebElement launcher = page.launcher();
        for (int i = 0; i < 100 && !launcher.equals(page.focused()); i++) {
            page.press(Keys.TAB);
        }
        assertThat(page.focused()).as("Tab reaches the launcher").isEqualTo(launcher);
        assertThat(launcher.getAccessibleName()).containsIgnoringCase("chat");
        assertThat(launcher.getCssValue("outline-style")).as("the focus is visible").isEqualTo("solid");

        page.press(Keys.ENTER);
        page.awaitFocusOn(page.input());
        page.press("what is the difference");
        page.pressShiftEnter();
        page.press("between the two?");
        assertThat(page.input().getAttribute("value")).isEqualTo("what is the difference\nbetween the two?");
        int before = page.botMessages().size();
        page.press(Keys.ENTER);
        page.awaitReply(before);
        assertThat(page.visitorMessages()).hasSize(1);

        page.press(Keys.TAB);
        assertThat(page.focused().getText()).as("Tab goes on from the box to the next control").isNotEmpty();
        page.press(Keys.ESCAPE);

        assertThat(page.isOpen()).isFalse();
        page.awaitFocusOn(launcher);
    }

    @Test
    void theConversationSurvivesAPageNavigationButOnlyInThisTab() {
        WidgetPage page = demoPage().openChat();
        page.ask("what is vertebroplasty?");

        WidgetPage again = demoPage();

        assertThat(again.becomesOpen()).isTrue();
        assertThat(again.visitorMessages()).extracting(WebElement::getText).anyMatch(t -> t.contains("what is vertebroplasty?"));
        assertThat(again.script("return window.localStorage.length")).isEqualTo(0L);
        assertThat(again.script("return document.cookie")).isEqualTo("");
        assertThat(again.script("return Object.keys(sessionStorage).length")).isEqualTo(1L);
    }

    @Test
    void theWidgetWorksUnderTheDemoPagesStrictContentSecurityPolicy() {
        browser.console();
        WidgetPage page = demoPage().openChat();
        page.ask("what is kyphoplasty?");

        assertThat(page.launcher().getCssValue("position")).as("the widget's styles applied").isEqualTo("fixed");
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused"));
    }

    @Test
    void anUrgentReplyIsStyledUnmistakably() {
        WidgetPage page = demoPage().openChat();
        WebElement answer = page.ask("what is vertebroplasty?");
        WebElement urgent = page.ask("I suddenly can't breathe and my chest hurts");

        assertThat(urgent.getAttribute("class")).contains("urgent");
        assertThat(urgent.getText()).containsIgnoringCase("urgent").containsIgnoringCase("emergency");
        assertThat(urgent.getCssValue("border-left-width")).isEqualTo("8px");
        assertThat(urgent.getCssValue("background-color")).isNotEqualTo(answer.getCssValue("background-color"));
        browser.screenshot("desktop-1280x800-urgent");
    }

    @Test
    void screenshotsOfTheOpenWidgetOnADesktopAndAPhone() {
        WidgetPage desktop = demoPage().openChat();
        desktop.ask("is the balloon one covered by my insurance?");
        Rectangle panel = desktop.panel().getRect();
        assertThat(panel.getWidth()).isLessThan(500);
        browser.screenshot("desktop-1280x800");

        browser.freshTab();
        browser.viewport(390, 844, true);
        WidgetPage phone = demoPage().openChat();
        phone.ask("what stuff do they inject into the vertebra?");
        Rectangle full = phone.panel().getRect();
        assertThat(full.getWidth()).as("full-screen on a phone").isEqualTo(390);
        assertThat(full.getHeight()).isEqualTo(844);
        browser.screenshot("phone-390x844");

        browser.prefer("prefers-color-scheme", "dark");
        browser.screenshot("phone-390x844-dark");
        assertThat(phone.panel().getCssValue("background-color")).isNotEqualTo("rgba(255, 255, 255, 1)");
    }
}
