package eu.os2.platform.api.ref;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable reference to a platform object owned by any bundle, or to a web page: a type and an id,
 * written {@code type:id} (e.g. {@code product:os2forms}, {@code initiative:12},
 * {@code url:https://os2.eu/}). The type says which bundle resolves it; the id is that bundle's
 * stable identifier and never a database row that can be renumbered. A reference may point to an
 * object that does not exist (yet) or whose bundle is not installed: showing it as unresolved is
 * the reader's choice.
 *
 * @param type lower-case letters, digits and '-', starting with a letter
 * @param id the owner's stable identifier, 1–500 characters, no line breaks
 * @since 0.1.0
 */
public record PlatformRef(String type, String id) {

    /** A strategic initiative ({@code InitiativeService}). */
    public static final String INITIATIVE = "initiative";
    /** A strategy period ({@code InitiativeService}). */
    public static final String STRATEGY_PERIOD = "strategy-period";
    /** A member organisation, by its platform id ({@code MemberService}). */
    public static final String ORGANISATION = "organisation";
    /** A shared product, by its short name. */
    public static final String PRODUCT = "product";
    /** A decision of the general assembly or the board. */
    public static final String DECISION = "decision";
    /** An invoice, by its invoice number. */
    public static final String INVOICE = "invoice";
    /** A web page: the id is an absolute {@code https:} or {@code http:} URL. */
    public static final String URL = "url";

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_ID = 500;

    /** @throws IllegalArgumentException if the type or id breaks the rules above */
    public PlatformRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("a reference type is lower-case letters, digits and '-': " + type);
        }
        if (id.isBlank()
                || id.length() > MAX_ID
                || id.chars().anyMatch(Character::isISOControl)
                || !id.equals(id.strip())) {
            throw new IllegalArgumentException(
                    "a reference id is 1-" + MAX_ID + " characters without line breaks or surrounding spaces");
        }
        if (URL.equals(type) && !(id.startsWith("https://") || id.startsWith("http://"))) {
            throw new IllegalArgumentException("a url reference is an absolute http(s) URL: " + id);
        }
    }

    /**
     * @param text {@code type:id}, or a bare {@code https://…} URL
     * @return the reference
     * @throws IllegalArgumentException if the text is not a valid reference
     */
    public static PlatformRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        if (value.startsWith("https://") || value.startsWith("http://")) {
            return new PlatformRef(URL, value);
        }
        int colon = value.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("a reference is written type:id: " + text);
        }
        return new PlatformRef(value.substring(0, colon), value.substring(colon + 1));
    }

    /** @return a reference to an object of the given type with a numeric id */
    public static PlatformRef of(String type, long id) {
        return new PlatformRef(type, Long.toString(id));
    }

    /** @return {@code type:id}, the form {@link #parse(String)} reads */
    @Override
    public String toString() {
        return type + ":" + id;
    }
}
