package eu.os2.platform.api.document;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A part of a {@link Document}, in reading order.
 *
 * @since 0.1.0
 */
@ProviderType
public sealed interface Block {

    /**
     * A heading.
     *
     * @param level 1 (the document's title level) to 3
     * @param text the heading
     */
    record Heading(int level, String text) implements Block {
        /** @throws IllegalArgumentException for a level outside 1–3 */
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1-3: " + level);
            }
        }
    }

    /**
     * A paragraph; long lines wrap, a {@code '\n'} starts a new line.
     *
     * @param text the text
     */
    record Paragraph(String text) implements Block {
        /** Requires the text. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Labelled facts, e.g. "Fakturanummer: 2026-0001", as a two-column table without a header.
     *
     * @param facts label and value pairs, in order
     */
    record Facts(List<Fact> facts) implements Block {
        /** Copies the list. */
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One labelled fact.
     *
     * @param label the label
     * @param value the value
     */
    record Fact(String label, String value) {
        /** Requires both. */
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A table with a header row.
     *
     * @param caption what the table shows, or {@code null}
     * @param header the column headings
     * @param rows the rows, each as many cells as the header
     * @param numericColumns the columns (0-based) that hold amounts, aligned right
     */
    record Table(String caption, List<String> header, List<List<String>> rows, Set<Integer> numericColumns)
            implements Block {
        /** @throws IllegalArgumentException if a row has a different width than the header */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numericColumns = Set.copyOf(numericColumns);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "a row has " + row.size() + " cells, the header " + header.size());
                }
            }
        }
    }
}
