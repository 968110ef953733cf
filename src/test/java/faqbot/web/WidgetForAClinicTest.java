package faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.config.ClinicSettings;
import faqbot.http.AllowedOrigins;
import faqbot.http.HttpSettings;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The widget as a clinic sets it up: options on its one script tag, the clinic's numbers from faqbot.yaml, the
 * page's own buttons driving it through the JavaScript API, and a phone where the panel covers the page.
 */
class WidgetForAClinicTest {

    private static final String TAG = "data-position=\"left\" data-offset-x=\"32\" data-z-index=\"5000\""
            + " data-launcher-text=\"Fragen?\" data-placeholder=\"Ihre Frage\" data-text-send=\"Senden\""
            + " data-starters=\"What is kyphoplasty?|How long is recovery?\"";
    private static final ClinicSettings CLINIC = new ClinicSettings("Riverside Spine Clinic", "+1 555 0100",
            "https://riverside.example/contact", "weekdays 8 to 5", "112", "116 123", "");
    private static ClinicSite clinic;
    private static RunningFaqbot faqbot;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        clinic = ClinicSite.start();
        faqbot = RunningFaqbot.start(AllowedOrigins.parse(clinic.origin("127.0.0.1")), CLINIC);
    }

    @AfterAll
    static void stop() throws Exception {
        Stopping.all(browser, faqbot, clinic);
    }

    @BeforeEach
    void freshTab() {
        browser.freshTab();
        browser.viewport(1280, 800, false);
    }

    private WidgetPage clinicPage(String host) {
        return WidgetPage.open(browser, clinic.page(host, faqbot.url("localhost"), faqbot.url("localhost"), "#0a6", TAG));
    }

    @Test
    void theScriptTagSetsPositionWordsAndStarterQuestions() {
        WidgetPage page = clinicPage("127.0.0.1");

        assertThat(page.launcher().getText()).isEqualTo("Fragen?");
        assertThat(page.launcher().getCssValue("left")).isEqualTo("32px");
        assertThat(page.launcher().getCssValue("z-index")).isEqualTo("5000");
        page.openChat();
        assertThat(page.input().getAttribute("placeholder")).isEqualTo("Ihre Frage");
        assertThat(page.find(".send").getText()).isEqualTo("Senden");
        assertThat(page.chips()).extracting(WebElement::getText).containsExactly("What is kyphoplasty?", "How long is recovery?");

        page.chips().get(0).click();
        WebElement answer = page.awaitReply(1);
        assertThat(answer.getText()).containsIgnoringCase("kyphoplasty");
    }

    @Test
    void beforeTheFirstMessageItSaysItIsNotForEmergenciesAndHowToReachAPerson() {
        WidgetPage page = clinicPage("127.0.0.1").openChat();

        WebElement notice = page.find(".notice");
        assertThat(notice.getText()).isEqualTo("Not for emergencies. In an emergency call 112.");
        assertThat(notice.findElement(By.cssSelector("a")).getAttribute("href")).isEqualTo("tel:112");
        assertThat(page.find(".reach .call").getAttribute("href")).isEqualTo("tel:+15550100");
        assertThat(page.find(".reach .contact").getAttribute("href")).isEqualTo("https://riverside.example/contact");
    }

    @Test
    void talkToAPersonAnswersWithTheClinicsPhoneToTap() {
        WidgetPage page = clinicPage("127.0.0.1").openChat();

        page.find(".reach .person").click();
        WebElement reply = page.awaitReply(1);

        assertThat(reply.getText()).contains("Riverside Spine Clinic, phone +1 555 0100 (weekdays 8 to 5)");
        assertThat(reply.findElement(By.cssSelector("a[href='tel:+15550100']")).getText()).isEqualTo("+1 555 0100");
        assertThat(reply.findElement(By.cssSelector("a[href='https://riverside.example/contact']")).getAttribute("target"))
                .isEqualTo("_blank");
    }

    @Test
    void anUrgentReplyIsAnAlertWithTheEmergencyNumberToTap() {
        WidgetPage page = clinicPage("127.0.0.1").openChat();

        WebElement reply = page.ask("I have crushing chest pain and can't breathe");

        assertThat(reply.getAttribute("role")).isEqualTo("alert");
        assertThat(reply.findElement(By.cssSelector("a[href='tel:112']")).getText()).isEqualTo("112");
    }

    @Test
    void thePagesOwnButtonsCanOpenAskAndClose() {
        WidgetPage page = clinicPage("127.0.0.1");

        page.script("faqbot.ask('what is vertebroplasty?')");
        WebElement answer = page.awaitReply(1);
        assertThat(page.isOpen()).isTrue();
        assertThat(answer.getText()).containsIgnoringCase("vertebroplasty");

        page.script("faqbot.close()");
        assertThat(page.isOpen()).isFalse();
        page.script("faqbot.open()");
        assertThat(page.becomesOpen()).isTrue(); // the panel fades in
    }

    @Test
    void fallbackSuggestionsStayInTheTranscriptAfterTheNextMessage() {
        WidgetPage page = clinicPage("127.0.0.1").openChat();
        page.find(".chips").isDisplayed(); // the starters
        int before = page.chips().size();

        page.ask("what is the capital of peru");
        List<String> offered = page.chips().stream().skip(before).map(WebElement::getText).toList();
        assertThat(offered).isNotEmpty();
        page.ask("what is kyphoplasty?");

        assertThat(page.chips().stream().skip(before).map(WebElement::getText).toList()).startsWith(offered.toArray(String[]::new));
    }

    @Test
    void onAPhoneTheOpenPanelIsModalKeepsTheFocusAndTheScrollOfThePage() {
        browser.viewport(390, 844, true);
        WidgetPage page = clinicPage("127.0.0.1").openChat();

        assertThat(page.panel().getAttribute("aria-modal")).isEqualTo("true");
        assertThat(page.script("return getComputedStyle(document.documentElement).overflow")).isEqualTo("hidden");
        page.find(".send").sendKeys(Keys.TAB); // the last control: Tab goes round to the first, not to the page
        assertThat(page.focused()).isEqualTo(page.find(".close"));

        page.find(".close").click();
        assertThat(page.panel().getAttribute("aria-modal")).isNull();
        assertThat(page.script("return getComputedStyle(document.documentElement).overflow")).isEqualTo("visible");
    }

    @Test
    void whileAReplyIsPendingTheSendButtonSaysSo() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (RunningFaqbot slow = RunningFaqbot.start(AllowedOrigins.parse(clinic.origin("127.0.0.1")),
                HttpSettings.defaults().withoutRateLimits(), app -> app.before("/api/chat", ctx -> {
                    if (ctx.method() == HandlerType.POST) {
                        asked.countDown();
                        answer.await(20, TimeUnit.SECONDS);
                    }
                }))) {
            WidgetPage page = WidgetPage.open(browser, clinic.page("127.0.0.1", slow.url("localhost"), slow.url("localhost"), "")).openChat();
            page.input().sendKeys("what is kyphoplasty?", Keys.ENTER);
            assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();

            assertThat(page.find(".send").getText()).isEqualTo("Sending\u2026");
            assertThat(page.find(".send").getAttribute("aria-disabled")).isEqualTo("true");
            answer.countDown();
            page.awaitReply(1);
            assertThat(page.find(".send").getText()).isEqualTo("Send");
        }
    }

    @Test
    void onASiteThatIsNotAllowedTheVisitorIsToldBeforeTyping() {
        WidgetPage page = clinicPage("localhost").openChat();

        assertThat(page.error().getText()).isEqualTo("Sorry, the assistant is not available on this website.");
    }
}
