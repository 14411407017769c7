package eu.os2.platform.core.internal.document;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays a document out on A4 pages and tags it: every text is marked content of a structure
 * element (Document, H1–H3, P, Table, TR, TH, TD), everything else (rules, repeated table headers,
 * page numbers) is an artifact.
 */
final class PdfLayout {

    private static final Logger LOG = LoggerFactory.getLogger(PdfLayout.class);

    static final float MARGIN = 56.7f; // 20 mm
    static final float FOOTER = 28f;
    static final float BODY = 10.5f;
    static final float LEADING = 1.35f;

    private final PDDocument pdf;
    private final PDType0Font font;
    private final Language language;
    private final PDStructureElement root;
    private final PDStructureTreeRoot treeRoot;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<PDPage, COSArray> parents = new HashMap<>();

    private PDPage page;
    private PDPageContentStream content;
    private float y;
    /** The element whose marked content is open, carried over a page break. */
    private PDStructureElement open;

    PdfLayout(PDDocument pdf, byte[] fontBytes, Language language) throws IOException {
        this.pdf = pdf;
        this.language = language;
        this.font = PDType0Font.load(pdf, new ByteArrayInputStream(fontBytes), true);
        this.treeRoot = new PDStructureTreeRoot();
        pdf.getDocumentCatalog().setStructureTreeRoot(treeRoot);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        this.root = new PDStructureElement("Document", treeRoot);
        treeRoot.appendKid(root);
    }

    void render(Document document) throws IOException {
        newPage();
        heading(new Block.Heading(1, document.title()));
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading) {
                heading(heading);
            } else if (block instanceof Block.Paragraph paragraph) {
                paragraph(paragraph.text());
            } else if (block instanceof Block.Facts facts) {
                new PdfTable(this).facts(facts);
            } else if (block instanceof Block.Table table) {
                new PdfTable(this).table(table);
            }
        }
        content.close();
        content = null;
        footers();
        parentTree();
    }

    // ---- blocks

    private void heading(Block.Heading heading) throws IOException {
        float size = heading.level() == 1 ? 18f : heading.level() == 2 ? 14f : 12f;
        float width = width();
        List<String> lines = wrap(heading.text(), size, width);
        float height = lines.size() * size * LEADING;
        float before = heading.level() == 1 ? 0 : size * 0.9f;
        // keep a heading with at least three lines of what follows
        if (!fits(before + height + 3 * BODY * LEADING)) {
            newPage();
        } else if (y < top()) {
            y -= before;
        }
        PDStructureElement element = element(root, "H" + heading.level());
        begin(element);
        for (String line : lines) {
            y -= size * LEADING;
            text(line, MARGIN, y, size, true);
        }
        end();
        y -= size * 0.4f;
    }

    private void paragraph(String text) throws IOException {
        PDStructureElement element = element(root, "P");
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\r?\n", -1)) {
            lines.addAll(wrap(part, BODY, width()));
        }
        begin(element);
        for (String line : lines) {
            if (!fits(BODY * LEADING)) {
                newPage();
            }
            y -= BODY * LEADING;
            if (!line.isEmpty()) {
                text(line, MARGIN, y, BODY, false);
            }
        }
        end();
        y -= BODY * 0.8f;
    }

    // ---- pages

    float top() {
        return PDRectangle.A4.getHeight() - MARGIN;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER;
    }

    boolean atTop() {
        return y >= top();
    }

    /** Starts a page; marked content that was open goes on with a new part on the new page. */
    void newPage() throws IOException {
        PDStructureElement carried = open;
        if (content != null) {
            if (carried != null) {
                content.endMarkedContent();
            }
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        page.setStructParents(pages.size());
        // the order of the structure tree is the tab order
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        pdf.addPage(page);
        pages.add(page);
        parents.put(page, new COSArray());
        content = new PDPageContentStream(pdf, page);
        y = top();
        open = null;
        if (carried != null) {
            begin(carried);
        }
    }

    // ---- tagging

    PDStructureElement element(PDStructureNode parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    PDStructureElement root() {
        return root;
    }

    /** Begins marked content on this page that belongs to the element. */
    void begin(PDStructureElement element) throws IOException {
        COSArray parentsOfPage = parents.get(page);
        int mcid = parentsOfPage.size();
        parentsOfPage.add(element);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
        open = element;
    }

    void end() throws IOException {
        content.endMarkedContent();
        open = null;
    }

    void beginArtifact() throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
    }

    void endArtifact() throws IOException {
        content.endMarkedContent();
    }

    // ---- drawing

    void text(String text, float x, float baseline, float size, boolean strong) throws IOException {
        content.beginText();
        content.setFont(font, size);
        if (strong) {
            // a heavier stroke of the same font, as there is no embedded bold face
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * 0.03f);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    void rule(float x1, float x2, float at) throws IOException {
        beginArtifact();
        content.setLineWidth(0.5f);
        content.setStrokingColor(0.6f);
        content.moveTo(x1, at);
        content.lineTo(x2, at);
        content.stroke();
        content.setStrokingColor(0f);
        endArtifact();
    }

    float textWidth(String text, float size) throws IOException {
        try {
            return font.getStringWidth(showable(text)) / 1000f * size;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the font cannot show a character in: " + text, e);
        }
    }

    /** @return the text broken into lines no wider than the width, at spaces where possible */
    List<String> wrap(String text, float size, float width) throws IOException {
        String clean = showable(text.replace('\t', ' '));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the line is broken where it must be
            for (int i = 0; i < word.length(); ) {
                int next = i + Character.charCount(word.codePointAt(i));
                String extended = line.toString() + word.substring(i, next);
                if (!line.isEmpty() && textWidth(extended, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                line.setLength(0);
                line.append(extended);
                i = next;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * @return the text with every character the font has no glyph for (and every control character)
     *     replaced by '?': one unusual character in a buyer's name must not stop a year's invoices
     */
    String showable(String text) throws IOException {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.isISOControl(codePoint) || !hasGlyph(codePoint)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                    LOG.warn(
                            "The PDF font cannot show U+{} in \"{}\"; it is shown as ?",
                            String.format("%04X", codePoint),
                            text.replaceAll("\\p{Cntrl}", "?"));
                }
                out.append('?');
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private boolean hasGlyph(int codePoint) throws IOException {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---- finishing

    private void footers() throws IOException {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            PDPage footerPage = pages.get(i);
            String label = language.pick("Side " + (i + 1) + " af " + total, "Page " + (i + 1) + " of " + total);
            try (PDPageContentStream footer =
                    new PDPageContentStream(pdf, footerPage, PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginMarkedContent(COSName.ARTIFACT);
                footer.beginText();
                footer.setFont(font, 8.5f);
                float width = font.getStringWidth(label) / 1000f * 8.5f;
                footer.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - width, MARGIN);
                footer.showText(label);
                footer.endText();
                footer.endMarkedContent();
            }
        }
    }

    private void parentTree() {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            numbers.put(i, new PDParentTreeValue(parents.get(pages.get(i))));
        }
        tree.setNumbers(numbers);
        treeRoot.setParentTree(tree);
        treeRoot.setParentTreeNextKey(pages.size());
    }
}
