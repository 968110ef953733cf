package faqbot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class JsonLogConfiguratorTest {

    @Test
    void eventsAreJsonLinesOnStderrWithTheRequestIdAndWithoutTheThread() throws Exception {
        String line = logged(context -> {
            MDC.put("requestId", "req-42");
            try {
                context.getLogger("faqbot.access").info("method=GET route=/api/health status=200");
            } finally {
                MDC.remove("requestId");
            }
        });
        JsonNode event = new ObjectMapper().readTree(line);
        assertThat(event.path("message").asText()).isEqualTo("method=GET route=/api/health status=200");
        assertThat(event.path("requestId").asText()).isEqualTo("req-42");
        assertThat(event.path("logger").asText()).isEqualTo("faqbot.access");
        assertThat(event.path("level").asText()).isEqualTo("INFO");
        assertThat(event.has("time")).isTrue();
        assertThat(event.has("thread_name")).isFalse();
    }

    @Test
    void jettyAndJavalinSayOnlyWarnings() throws Exception {
        String output = logged(context -> {
            context.getLogger("org.eclipse.jetty.server").info("started");
            context.getLogger("io.javalin").info("listening");
        });
        assertThat(output).isEmpty();
    }

    private static String logged(java.util.function.Consumer<LoggerContext> events) throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // as Logback's own provider does for the context it makes
        context.start();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JsonLogConfigurator.configureJsonLines(context);
            events.accept(context);
        } finally {
            context.stop(); // drains the queue
            System.setErr(stderr);
        }
        return captured.toString(StandardCharsets.UTF_8).strip();
    }
}
