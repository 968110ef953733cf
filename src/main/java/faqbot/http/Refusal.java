package faqbot.http;

import java.util.Locale;

/** Why a request was turned away to protect the server or its visitors: the {@code reason} of faqbot_http_rejected_total. */
enum Refusal {
    /** 429: the client sent more than its share. */
    RATE_LIMIT,
    /** 503: the server was working on as many requests as it takes. */
    OVERLOAD,
    /** 403: the page asking is on a website not allowed to embed the chat. */
    ORIGIN,
    /** 413: the body is over the limit. */
    TOO_LARGE;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
