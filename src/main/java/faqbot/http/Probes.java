package faqbot.http;

/** The liveness and readiness endpoints, which load balancers call often and which must always answer. */
final class Probes {

    static final String HEALTH = "/api/health";
    static final String READY = "/api/ready";

    private Probes() {}

    static boolean isProbe(String path) {
        return HEALTH.equals(path) || READY.equals(path);
    }
}
