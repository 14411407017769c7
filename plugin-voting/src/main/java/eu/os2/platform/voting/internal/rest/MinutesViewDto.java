package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import java.util.List;

/** The minutes as the PDF holds them, block by block, for the console's print view. */
public record MinutesViewDto(String title, String language, List<BlockDto> blocks) {

    /**
     * One block: {@code type} is heading (level, text), paragraph (text), facts (facts) or table
     * (caption, header, rows, numericColumns).
     */
    public record BlockDto(
            String type,
            Integer level,
            String text,
            List<FactDto> facts,
            String caption,
            List<String> header,
            List<List<String>> rows,
            List<Integer> numericColumns) {}

    public record FactDto(String label, String value) {}

    static MinutesViewDto of(Document d) {
        return new MinutesViewDto(
                d.title(),
                d.language().code(),
                d.blocks().stream().map(MinutesViewDto::block).toList());
    }

    private static BlockDto block(Block b) {
        if (b instanceof Block.Heading h) {
            return new BlockDto("heading", h.level(), h.text(), null, null, null, null, null);
        }
        if (b instanceof Block.Paragraph p) {
            return new BlockDto("paragraph", null, p.text(), null, null, null, null, null);
        }
        if (b instanceof Block.Facts f) {
            return new BlockDto(
                    "facts",
                    null,
                    null,
                    f.facts().stream()
                            .map(x -> new FactDto(x.label(), x.value()))
                            .toList(),
                    null,
                    null,
                    null,
                    null);
        }
        Block.Table t = (Block.Table) b;
        return new BlockDto(
                "table",
                null,
                null,
                null,
                t.caption(),
                t.header(),
                t.rows(),
                t.numericColumns().stream().sorted().toList());
    }
}
