package eu.os2.platform.api.message;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of message, as a person sees it when choosing what to receive.
 *
 * @param code stable id, {@code <area>.<event>} in lower case with '-', e.g. {@code "voting.ballot-opened"}
 * @param required whether the statutes or the account itself require it (a general assembly's
 *     notice, an invitation): a person cannot switch it off
 * @param titleDa what it is, in Danish
 * @param titleEn what it is, in English
 * @since 0.1.0
 */
public record MessageKind(String code, boolean required, String titleDa, String titleEn) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*");

    /** @throws IllegalArgumentException if the code breaks the convention or a title is blank */
    public MessageKind {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches() || code.length() > 64) {
            throw new IllegalArgumentException("a message kind is <area>.<event> in lower case: " + code);
        }
        if (titleDa == null || titleDa.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("a message kind needs a Danish and an English title: " + code);
        }
    }

    /** @return the title in the language */
    public String title(Language language) {
        return language.pick(titleDa, titleEn);
    }
}
