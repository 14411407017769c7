package eu.os2.platform.api.message;

import java.util.Locale;

/**
 * The languages the platform speaks to people in. Danish unless a person chose English.
 *
 * @since 0.1.0
 */
public enum Language {
    /** Danish, the platform's first language. */
    DA,
    /** English. */
    EN;

    /** @return the language's code as in HTML {@code lang} and templates, {@code "da"} or {@code "en"} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the locale for dates and numbers */
    public Locale locale() {
        return this == DA ? Locale.forLanguageTag("da-DK") : Locale.UK;
    }

    /**
     * @param code {@code "da"} or {@code "en"} (any case), or {@code null}
     * @return the language; Danish for {@code null}
     * @throws IllegalArgumentException for any other code
     */
    public static Language fromCode(String code) {
        if (code == null) {
            return DA;
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language: " + code);
    }

    /** @return the Danish text for Danish, the English one for English */
    public String pick(String da, String en) {
        return this == DA ? da : en;
    }
}
