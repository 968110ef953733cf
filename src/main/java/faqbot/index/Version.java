package faqbot.index;

/** faqbot's version, from the jar's manifest when packaged. */
public final class Version {

    /** Bump when the index layout or analysis changes, so old indexes are rebuilt. */
    public static final String INDEX_FORMAT = "5";

    private Version() {}

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return (v == null ? "dev" : v) + "+index" + INDEX_FORMAT;
    }
}
