package faqbot.web;

/** Stops what a test class started, whichever of it did start. */
final class Stopping {

    private Stopping() {}

    static void all(AutoCloseable... parts) throws Exception {
        for (AutoCloseable part : parts) {
            if (part != null) {
                part.close();
            }
        }
    }
}
