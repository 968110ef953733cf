package faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.http.AllowedOrigins;
import faqbot.http.HttpSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a clinic's website (another origin than faqbot's) the widget reads faqbot's refusals and says what they mean,
 * rather than telling the visitor to check a connection that works. Real faqbot servers with their real limits.
 */
class WidgetReadsRefusalsTest {

    private static ClinicSite clinic;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        clinic = ClinicSite.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (clinic != null) {
            clinic.close();
        }
    }

    @BeforeEach
    void freshTab() {
        browser.freshTab();
    }

    private AllowedOrigins theClinic() {
        return AllowedOrigins.parse(clinic.origin("127.0.0.1"));
    }

    private WidgetPage clinicPageTalkingTo(String endpoint) {
        return WidgetPage.open(browser, clinic.page("127.0.0.1", "self", endpoint, "")).openChat();
    }

    @Test
    void whenFaqbotRateLimitsTheVisitorTheWidgetSaysWhenToTryAgain() {
        // two a minute: the widget's read of /api/clinic as it starts, and the first question
        try (RunningFaqbot faqbot = RunningFaqbot.start(theClinic(), HttpSettings.defaults().withRateLimit(2), app -> { })) {
            WidgetPage page = clinicPageTalkingTo(faqbot.url("localhost"));
            page.ask("what is kyphoplasty?");

            String error = page.askExpectingError("Is it covered by insurance?");

            assertThat(error).startsWith("You have sent several messages").containsPattern("about \\d+ seconds?");
            assertThat(page.input().getAttribute("value")).isEqualTo("Is it covered by insurance?");
        }
    }

    @Test
    void whenFaqbotIsBusyTheWidgetSaysSoAndWhenToTryAgain() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpSettings onePermit = HttpSettings.defaults().withRateLimit(0).withConcurrency(1);
        try (RunningFaqbot faqbot = RunningFaqbot.start(theClinic(), onePermit, app -> app.get("/api/test-hold", ctx -> {
            holding.countDown();
            release.await(30, TimeUnit.SECONDS);
            ctx.result("done");
        }))) {
            WidgetPage page = clinicPageTalkingTo(faqbot.url("localhost"));
            CompletableFuture<HttpResponse<String>> held = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(faqbot.url("127.0.0.1") + "/api/test-hold")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(holding.await(10, TimeUnit.SECONDS)).as("the only permit is taken").isTrue();

            String error = page.askExpectingError("How long does recovery take?");
            release.countDown();

            assertThat(error).startsWith("The assistant is busy right now").contains("about 1 second");
            assertThat(page.input().getAttribute("value")).isEqualTo("How long does recovery take?");
            assertThat(held.join().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void whenAMessageIsTooLargeForTheServerTheWidgetSaysSo() {
        WidgetPage page = clinicPageTalkingTo(clinic.refusing("127.0.0.1", 413));

        String error = page.askExpectingError("What are the risks?");

        assertThat(error).startsWith("Sorry, that message is too long");
        assertThat(page.input().getAttribute("value")).isEqualTo("What are the risks?");
    }
}
