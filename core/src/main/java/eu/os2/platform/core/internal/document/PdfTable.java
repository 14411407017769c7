package eu.os2.platform.core.internal.document;

import eu.os2.platform.api.document.Block;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Tables and facts on the pages of a {@link PdfLayout}: Table → TR → TH/TD, numeric columns
 * aligned right, the header row repeated (as an artifact) on every page the table continues on.
 */
final class PdfTable {

    private static final float SIZE = 9.5f;
    private static final float PAD = 4f;
    private static final float LINE = SIZE * PdfLayout.LEADING;

    private final PdfLayout layout;

    PdfTable(PdfLayout layout) {
        this.layout = layout;
    }

    void facts(Block.Facts facts) throws IOException {
        if (facts.facts().isEmpty()) {
            return;
        }
        float width = layout.width();
        float labelWidth = 0;
        for (Block.Fact fact : facts.facts()) {
            labelWidth = Math.max(labelWidth, layout.textWidth(fact.label(), SIZE) + 2 * PAD + 2);
        }
        labelWidth = Math.min(labelWidth, width * 0.4f);
        float[] widths = {labelWidth, width - labelWidth};
        PDStructureElement table = layout.element(layout.root(), "Table");
        for (Block.Fact fact : facts.facts()) {
            List<List<String>> cells =
                    List.of(layout.wrap(fact.label(), SIZE, widths[0] - 2 * PAD), wrap(fact.value(), widths[1]));
            float height = height(cells);
            if (!layout.fits(height)) {
                layout.newPage();
            }
            PDStructureElement row = layout.element(table, "TR");
            float top = layout.y();
            cell(row, "TH", PDTableAttributeObject.SCOPE_ROW, cells.get(0), left(), widths[0], top, false, true);
            cell(row, "TD", null, cells.get(1), left() + widths[0], widths[1], top, false, false);
            layout.down(height);
        }
        layout.down(SIZE);
    }

    void table(Block.Table table) throws IOException {
        int columns = table.header().size();
        float[] widths = widths(table);
        List<List<String>> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(layout.wrap(table.header().get(c), SIZE, widths[c] - 2 * PAD));
        }
        float headerHeight = height(header);
        List<String> caption = table.caption() == null || table.caption().isBlank()
                ? List.of()
                : layout.wrap(table.caption(), SIZE + 1, layout.width());
        float captionHeight = caption.size() * (SIZE + 1) * PdfLayout.LEADING;
        float firstRow = table.rows().isEmpty() ? 0 : LINE + 2 * PAD;
        if (!layout.fits(captionHeight + headerHeight + firstRow) && !layout.atTop()) {
            layout.newPage();
        }
        PDStructureElement element = layout.element(layout.root(), "Table");
        if (!caption.isEmpty()) {
            PDStructureElement captionElement = layout.element(element, "Caption");
            layout.begin(captionElement);
            for (String line : caption) {
                layout.down((SIZE + 1) * PdfLayout.LEADING);
                layout.text(line, left(), layout.y(), SIZE + 1, true);
            }
            layout.end();
            layout.down(PAD);
        }
        headerRow(element, table, header, widths, false);
        for (List<String> cells : table.rows()) {
            List<List<String>> wrapped = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                wrapped.add(wrap(cells.get(c), widths[c]));
            }
            float height = height(wrapped);
            if (!layout.fits(height)) {
                layout.newPage();
                headerRow(element, table, header, widths, true);
            }
            PDStructureElement row = layout.element(element, "TR");
            float top = layout.y();
            float x = left();
            for (int c = 0; c < columns; c++) {
                boolean numeric = table.numericColumns().contains(c);
                cell(row, "TD", null, wrapped.get(c), x, widths[c], top, numeric, false);
                x += widths[c];
            }
            layout.down(height);
            layout.rule(left(), left() + layout.width(), layout.y());
        }
        layout.down(SIZE * 1.2f);
    }

    /** The header row: tagged the first time, an artifact where it is repeated on a later page. */
    private void headerRow(
            PDStructureElement element, Block.Table table, List<List<String>> header, float[] widths, boolean repeat)
            throws IOException {
        float height = height(header);
        float top = layout.y();
        float x = left();
        if (repeat) {
            layout.beginArtifact();
            for (int c = 0; c < header.size(); c++) {
                draw(header.get(c), x, widths[c], top, table.numericColumns().contains(c), true);
                x += widths[c];
            }
            layout.endArtifact();
        } else {
            PDStructureElement row = layout.element(element, "TR");
            for (int c = 0; c < header.size(); c++) {
                boolean numeric = table.numericColumns().contains(c);
                cell(row, "TH", PDTableAttributeObject.SCOPE_COLUMN, header.get(c), x, widths[c], top, numeric, true);
                x += widths[c];
            }
        }
        layout.down(height);
        layout.rule(left(), left() + layout.width(), layout.y());
    }

    private void cell(
            PDStructureElement row,
            String type,
            String scope,
            List<String> lines,
            float x,
            float width,
            float top,
            boolean right,
            boolean strong)
            throws IOException {
        PDStructureElement cell = layout.element(row, type);
        if (scope != null) {
            PDTableAttributeObject attributes = new PDTableAttributeObject();
            attributes.setScope(scope);
            cell.addAttribute(attributes);
        }
        layout.begin(cell);
        draw(lines, x, width, top, right, strong);
        layout.end();
    }

    private void draw(List<String> lines, float x, float width, float top, boolean right, boolean strong)
            throws IOException {
        float baseline = top - PAD;
        for (String line : lines) {
            baseline -= LINE;
            if (line.isEmpty()) {
                continue;
            }
            float at = right ? x + width - PAD - layout.textWidth(line, SIZE) : x + PAD;
            layout.text(line, at, baseline + SIZE * 0.25f, SIZE, strong);
        }
    }

    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\r?\n", -1)) {
            lines.addAll(layout.wrap(part, SIZE, width - 2 * PAD));
        }
        return lines;
    }

    private static float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * LINE + 2 * PAD;
    }

    /** Widths in proportion to each column's widest text, a column at most half the page. */
    private float[] widths(Block.Table table) throws IOException {
        int columns = table.header().size();
        float full = layout.width();
        float[] natural = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = layout.textWidth(table.header().get(c), SIZE);
            for (List<String> row : table.rows()) {
                for (String part : row.get(c).split("\r?\n", -1)) {
                    widest = Math.max(widest, layout.textWidth(part.replace('\t', ' '), SIZE));
                }
            }
            natural[c] = Math.min(widest + 2 * PAD + 2, full / 2);
        }
        float sum = 0;
        for (float width : natural) {
            sum += width;
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = natural[c] / sum * full;
        }
        return widths;
    }

    private static float left() {
        return PdfLayout.MARGIN;
    }
}
