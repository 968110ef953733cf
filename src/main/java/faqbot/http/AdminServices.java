package faqbot.http;

import faqbot.gaps.GapLog;
import faqbot.publish.Publisher;

/**
 * What the admin API needs: its bearer token (from FAQBOT_ADMIN_TOKEN; blank means the admin API is off), the
 * publisher for reindex, rollback and status, and the list of unanswered questions.
 */
public record AdminServices(String token, Publisher publisher, GapLog gaps) {

    public static final String TOKEN_ENV = "FAQBOT_ADMIN_TOKEN";

    public static AdminServices off() {
        return new AdminServices("", null, null);
    }

    boolean enabled() {
        return token != null && !token.isBlank() && publisher != null;
    }
}
