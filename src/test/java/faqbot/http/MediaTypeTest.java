package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaTypeTest {

    @Test
    void typeSubtypeAndParameterNamesAreCaseInsensitiveAndQuotedValuesAreUnquoted() {
        assertThat(MediaType.parse("Application/JSON; Charset=\"UTF-8\""))
                .isEqualTo(new MediaType("application", "json", Map.of("charset", "UTF-8")));
        assertThat(MediaType.parse("text/plain;a=b ; c=\"d;e\\\"f\"").parameters()).containsExactly(
                Map.entry("a", "b"), Map.entry("c", "d;e\"f"));
        assertThat(MediaType.parse("application/json;;").parameters()).isEmpty();
    }

    @Test
    void whatIsNotWellFormedIsNull() {
        for (String header : new String[] {null, "", "json", "application/", "/json", "application/json x",
                "application/json; charset", "application/json; charset=", "application/json; charset=\"utf-8",
                "application/json; charset = utf-8", "application/json; a=1; A=2", "application/json; charset=utf 8"}) {
            assertThat(MediaType.parse(header)).as(String.valueOf(header)).isNull();
        }
    }
}
