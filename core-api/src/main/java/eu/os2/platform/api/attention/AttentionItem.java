package eu.os2.platform.api.attention;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing it is a person's turn to do. It is computed from the current state each time, so it
 * disappears as soon as it is done.
 *
 * @param key stable id of the item, e.g. {@code "voting.ballot-open/12"}
 * @param textDa what to do, in Danish, a short sentence
 * @param textEn the same in English; a name that has only a Danish form (an assembly's or a ballot's title, a
 *     product, an organisation) is written between “ and ”, so that the console marks it as Danish
 * @param link where it is done: a console route, e.g. {@code "#/voting/assemblies/3"}
 * @param due the date it must be done by, or {@code null}
 * @param urgent whether it is overdue or due within days
 * @since 0.1.0
 */
public record AttentionItem(String key, String textDa, String textEn, String link, LocalDate due, boolean urgent) {

    /** @throws IllegalArgumentException if the link is not a console route */
    public AttentionItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(textDa, "textDa");
        Objects.requireNonNull(textEn, "textEn");
        Objects.requireNonNull(link, "link");
        if (!link.startsWith("#/")) {
            throw new IllegalArgumentException("an attention item links to a console route (#/…): " + link);
        }
    }
}
