package eu.os2.platform.core.internal.demo;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the municipality table (kommunekode, navn, region, indbyggere_2020K1, os2_stoerrelse).
 * Source: Danmarks Statistik, 1st quarter 2020.
 */
public final class MunicipalityCsv {

    /** One municipality. */
    public record Municipality(int code, String name, String region, long inhabitants, String tier) {}

    private static final Set<String> HEADER =
            Set.of("kommunekode", "navn", "region", "indbyggere_2020K1", "os2_stoerrelse");

    private MunicipalityCsv() {}

    /**
     * @return the municipalities in file order
     * @throws IllegalArgumentException naming the line of the first malformed row
     */
    public static List<Municipality> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        List<Municipality> result = new ArrayList<>();
        try (var parser = format.parse(reader)) {
            if (!parser.getHeaderNames().containsAll(HEADER)) {
                throw new IllegalArgumentException(
                        "line 1: expected columns " + HEADER + " but found " + parser.getHeaderNames());
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    int code = Integer.parseInt(row.get("kommunekode"));
                    long inhabitants = Long.parseLong(row.get("indbyggere_2020K1"));
                    String name = row.get("navn");
                    if (name.isBlank() || inhabitants < 0 || code < 101 || code > 999) {
                        throw new IllegalArgumentException("values out of range");
                    }
                    result.add(new Municipality(code, name, row.get("region"), inhabitants, row.get("os2_stoerrelse")));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
                }
            }
        }
        return result;
    }
}
