package faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.http.AllowedOrigins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The widget embedded on a clinic's own website, a different origin than faqbot's: the site is reached as
 * 127.0.0.1 (an allowed origin) or as localhost (not allowed), and faqbot always as localhost.
 */
class WidgetOnAnotherWebsiteTest {

    private static ClinicSite clinic;
    private static RunningFaqbot faqbot;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        clinic = ClinicSite.start();
        faqbot = RunningFaqbot.start(AllowedOrigins.parse(clinic.origin("127.0.0.1")));
    }

    @AfterAll
    static void stop() throws Exception {
        Stopping.all(browser, faqbot, clinic);
    }

    @BeforeEach
    void freshTab() {
        browser.freshTab();
    }

    private WidgetPage clinicPage(String host) {
        return WidgetPage.open(browser, clinic.page(host, faqbot.url("localhost"), faqbot.url("localhost"), "#0a6"));
    }

    @Test
    void onAPageOfAnAllowedOriginTheWidgetAnswers() {
        WidgetPage page = clinicPage("127.0.0.1").openChat();

        WebElement answer = page.ask("what is kyphoplasty?");

        assertThat(answer.getText()).containsIgnoringCase("kyphoplasty");
        assertThat(answer.findElements(By.cssSelector("a[href^='https://'][target=_blank]"))).isNotEmpty();
        assertThat(page.error().getText()).isEmpty();
    }

    @Test
    void onAPageOfAnOriginThatIsNotAllowedTheWidgetSaysSoPolitely() {
        WidgetPage page = clinicPage("localhost").openChat();

        String error = page.askExpectingError("what is kyphoplasty?");

        assertThat(error).isEqualTo("Sorry, the assistant is not available on this website.");
        assertThat(page.input().getAttribute("value")).isEqualTo("what is kyphoplasty?");
        assertThat(page.visitorMessages()).isEmpty();
    }

    @Test
    void whenTheServerIsDownTheVisitorIsToldAndKeepsWhatTheyTyped() {
        String nobody = "http://127.0.0.1:" + unusedPort();
        WidgetPage page = WidgetPage.open(browser, clinic.page("127.0.0.1", "self", nobody, "")).openChat();

        String error = page.askExpectingError("How long does recovery take?");

        assertThat(error).contains("can’t reach").contains("still in the box");
        assertThat(page.input().getAttribute("value")).isEqualTo("How long does recovery take?");
        assertThat(page.visitorMessages()).isEmpty();
    }

    @Test
    void whenRateLimitedTheVisitorIsToldWhenToTryAgainAndKeepsWhatTheyTyped() {
        String limited = clinic.origin("127.0.0.1");
        WidgetPage page = WidgetPage.open(browser, clinic.page("127.0.0.1", "self", limited, "")).openChat();

        String error = page.askExpectingError("Is it covered by insurance?");

        assertThat(error).contains("30 seconds");
        assertThat(page.input().getAttribute("value")).isEqualTo("Is it covered by insurance?");
    }

    @Test
    void htmlTypedByAVisitorIsShownAsTextAndRunsNothing() {
        WidgetPage page = clinicPage("127.0.0.1").openChat();
        String image = "<img src=x onerror=\"window.pwned = 'img'\">";
        String script = "<script>window.pwned = 'script'</script>";

        page.ask(image);
        page.ask(script);

        List<String> shown = page.visitorMessages().stream().map(WebElement::getText).toList();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).endsWith(image);
        assertThat(shown.get(1)).endsWith(script);
        assertThat(page.findAll("img, script, [onerror]")).isEmpty();
        assertThat(page.script("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void textKeepsAContrastOfAtLeast4point5EvenOnAPaleAccent() {
        WidgetPage page = WidgetPage.open(browser,
                clinic.page("127.0.0.1", faqbot.url("localhost"), faqbot.url("localhost"), "#ffe066")).openChat();
        page.ask("what is vertebroplasty?");

        for (String css : List.of(".launcher", ".send", ".head", ".msg.user", ".msg.bot", ".chip", ".msg.bot a", "label")) {
            WebElement element = page.find(css);
            String background = css.equals(".msg.bot a") || css.equals("label")
                    ? page.find(css.equals("label") ? ".panel" : ".msg.bot").getCssValue("background-color")
                    : element.getCssValue("background-color");
            assertThat(contrast(element.getCssValue("color"), background)).as(css).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String cssColor) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(cssColor);
        assertThat(m.find()).as("a solid colour: %s", cssColor).isTrue();
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(m.group(i + 1)) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
