package eu.os2.platform.voting.internal.documents;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.voting.internal.model.AgendaItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** How documents are named to people: their type and size, and the list in the material's message. */
public final class DocumentTexts {

    private static final Map<String, String> LABELS = Map.of(
            FileTypes.PDF, "PDF",
            FileTypes.ODT, "ODT",
            FileTypes.ODS, "ODS",
            FileTypes.ODP, "ODP",
            FileTypes.DOCX, "Word",
            FileTypes.XLSX, "Excel",
            FileTypes.PPTX, "PowerPoint",
            FileTypes.PNG, "PNG",
            FileTypes.JPEG, "JPEG");

    private DocumentTexts() {}

    /** @return e.g. "PDF", "Word", "Tekst" */
    public static String typeLabel(String mediaType, Language language) {
        if (FileTypes.TEXT.equals(mediaType)) {
            return language.pick("Tekst", "Text");
        }
        return LABELS.getOrDefault(mediaType, mediaType);
    }

    /** @return e.g. "812 B", "240 kB", "1,2 MB" (Danish) or "1.2 MB" (English) */
    public static String size(long bytes, Language language) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP) + " kB";
        }
        String mb = BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP)
                .toPlainString();
        return (language == Language.DA ? mb.replace('.', ',') : mb) + " MB";
    }

    /** @return the agenda, each item with its documents below it */
    public static String documentList(List<AgendaItem> agenda, List<DocumentInfo> documents, Language language) {
        StringBuilder s = new StringBuilder();
        for (AgendaItem item : agenda) {
            s.append(item.position()).append(". ").append(item.title()).append('\n');
            for (DocumentInfo d : documents) {
                if (d.itemId() == item.id()) {
                    s.append("   - ")
                            .append(d.fileName())
                            .append(" (")
                            .append(typeLabel(d.mediaType(), language))
                            .append(", ")
                            .append(size(d.size(), language))
                            .append(")\n");
                }
            }
        }
        if (documents.isEmpty()) {
            s.append(language.pick(
                    "Der er ingen dokumenter til dagsordenen.", "There are no documents for the agenda."));
        }
        return s.toString().stripTrailing();
    }
}
