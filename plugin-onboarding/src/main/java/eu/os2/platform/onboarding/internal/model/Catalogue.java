package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.product.ProductLevel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A version of OS2's criteria catalogue, read from the bundle ({@code criteria/os2-product-criteria-<version>.csv}:
 * code, theme, first_level, recommendation_only, summary in English, summary_da in Danish). An assessment keeps the
 * version it was made against.
 *
 * @param version e.g. {@code "2024"}
 * @param criteria in the file's order
 */
public record Catalogue(String version, List<Criterion> criteria) {

    /** The version in use. */
    public static final String CURRENT = "2024";

    /** Copies the criteria. */
    public Catalogue {
        criteria = List.copyOf(criteria);
    }

    /** @return the criterion with the code */
    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return the bundled version */
    public static Catalogue load(String version) {
        String resource = "/criteria/os2-product-criteria-" + version + ".csv";
        try (Reader reader =
                new InputStreamReader(Catalogue.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            List<Criterion> criteria = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                criteria.add(new Criterion(
                        r.get("code"),
                        r.get("theme"),
                        level(r.get("first_level")),
                        Boolean.parseBoolean(r.get("recommendation_only")),
                        r.get("summary"),
                        r.get("summary_da")));
            }
            return new Catalogue(version, criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProductLevel level(String text) {
        return switch (text.trim()) {
            case "sandbox" -> ProductLevel.SANDBOX;
            case "1" -> ProductLevel.LEVEL_1;
            case "2" -> ProductLevel.LEVEL_2;
            case "3" -> ProductLevel.LEVEL_3;
            default -> throw new IllegalArgumentException("unknown level " + text);
        };
    }
}
