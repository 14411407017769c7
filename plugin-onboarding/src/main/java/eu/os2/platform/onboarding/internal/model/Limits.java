package eu.os2.platform.onboarding.internal.model;

/**
 * How long what people write may be: the plugin's columns' sizes (db/onboarding/changelog.yaml),
 * checked before anything reaches the database so that a long text is a field error ({@code
 * too-long}), never a database failure (issue 13, item 12).
 */
public final class Limits {

    /** A product's name (one line). */
    public static final int NAME = 100;
    /** A product's purpose, a mark's explanation, a gate exception's explanation. */
    public static final int TEXT = 2000;
    /** An https address (repository, publiccode.yml). */
    public static final int URL = 500;
    /** A licence (SPDX id or expression). */
    public static final int LICENCE = 60;
    /** A username, a person or an organisation in a list. */
    public static final int PERSON = 200;
    /** A list of names or organisations, one per line. */
    public static final int LIST = 4000;
    /** The links, one per line. */
    public static final int LINKS = 8000;
    /** One link or piece of evidence. */
    public static final int LINK = 500;
    /** A mark's pieces of evidence. */
    public static final int EVIDENCE = 10;
    /** The secretariat's evaluation, the steering group's review, a decision's reason. */
    public static final int NOTE = 4000;
    /** An https address: the scheme and at least three characters, no spaces. */
    public static final String HTTPS = "https://\\S{3,490}";

    private Limits() {}

    /** @return whether the text (null is none) is longer than the limit */
    public static boolean tooLong(String text, int limit) {
        return text != null && text.length() > limit;
    }
}
