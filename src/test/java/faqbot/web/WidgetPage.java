package faqbot.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A page with the widget on it, seen the way a visitor uses it: through the widget's open Shadow DOM. */
final class WidgetPage {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private WidgetPage(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static WidgetPage open(HeadlessChromium browser, String url) {
        WidgetPage page = new WidgetPage(browser.driver());
        page.driver.get(url);
        page.wait.until(d -> !d.findElements(By.cssSelector("faqbot-widget")).isEmpty());
        return page;
    }

    ChromeDriver driver() {
        return driver;
    }

    SearchContext widget() {
        return driver.findElement(By.cssSelector("faqbot-widget")).getShadowRoot();
    }

    WebElement find(String css) {
        return widget().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return widget().findElements(By.cssSelector(css));
    }

    WebElement launcher() {
        return find(".launcher");
    }

    WebElement panel() {
        return find("[role=dialog]");
    }

    WebElement input() {
        return find("textarea");
    }

    WebElement log() {
        return find("[role=log]");
    }

    WebElement error() {
        return find(".err[role=alert]");
    }

    WebElement typingIndicator() {
        return find("[role=status]");
    }

    List<WebElement> botMessages() {
        return findAll(".msg.bot");
    }

    List<WebElement> visitorMessages() {
        return findAll(".msg.user");
    }

    List<WebElement> chips() {
        return findAll(".chips button");
    }

    boolean isOpen() {
        return panel().isDisplayed();
    }

    /** Whether the panel shows within the page's wait: a panel restored open fades in, so at first it may not. */
    boolean becomesOpen() {
        try {
            wait.until(d -> isOpen());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    WidgetPage openChat() {
        launcher().click();
        wait.until(d -> isOpen());
        return this;
    }

    /** Types the question, presses Enter and waits for the reply, which it returns. */
    WebElement ask(String question) {
        int before = botMessages().size();
        input().sendKeys(question);
        input().sendKeys(Keys.ENTER);
        return awaitReply(before);
    }

    WebElement awaitReply(int before) {
        wait.until(d -> botMessages().size() > before && typingIndicator().getText().isEmpty());
        List<WebElement> replies = botMessages();
        return replies.get(replies.size() - 1);
    }

    /** Types the question, presses Enter and waits for the error it must cause. */
    String askExpectingError(String question) {
        input().sendKeys(question);
        input().sendKeys(Keys.ENTER);
        wait.until(d -> !error().getText().isBlank() && typingIndicator().getText().isEmpty());
        return error().getText();
    }

    /** Keys as a keyboard user presses them, to whatever has the focus. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void pressShiftEnter() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
    }

    /** The element focused inside the widget, or null when the focus is elsewhere on the page. */
    WebElement focused() {
        return (WebElement) driver.executeScript(
                "return document.querySelector('faqbot-widget').shadowRoot.activeElement;");
    }

    void awaitFocusOn(WebElement element) {
        wait.until(d -> element.equals(focused()));
    }

    Object script(String javascript) {
        return driver.executeScript(javascript);
    }
}
