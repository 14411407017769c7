package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.validation.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads population figures from two CSV layouts, all or nothing:
 *
 * <ul>
 *   <li>Danmarks Statistik's table export (FOLK1A, BY2), semicolon or comma separated: an area
 *       column ({@code OMRÅDE}, {@code KOMK} or {@code KOMMUNE}) holding a municipality code, a
 *       name or both ({@code "101 København"}), {@code TID} ({@code 2025K1} = 1 January 2025, or
 *       a year) and {@code INDHOLD}. Other columns (sex, age, town size) must be their total
 *       ({@code "I alt"}, {@code "Alder i alt"}, {@code "Total"}); rows broken down by them,
 *       rows for the whole country or a region, and quarters other than the first are skipped.</li>
 *   <li>The platform's own list: {@code kommunekode,navn,…,indbyggere_2020K1,…}, one column of
 *       inhabitants named {@code indbyggere_<year>K1}.</li>
 * </ul>
 *
 * Any bad line makes the whole file fail with one error per line (field {@code "line N"}).
 */
public final class PopulationCsv {

    /** At most this many lines are read. */
    public static final int MAX_LINES = 20_000;

    private static final Pattern OWN_COLUMN = Pattern.compile("indbyggere_(\\d{4})K1", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(\\d{4})(?:K([1-4]))?");
    private static final Pattern CODE_FIRST = Pattern.compile("(\\d{3})(?:\\s+.*)?");
    private static final Pattern TOTAL =
            Pattern.compile("(.*\\s)?i alt|total|tot|hele kommunen|alle", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGGREGATE =
            Pattern.compile("hele landet|region .*|landsdel .*|000.*", Pattern.CASE_INSENSITIVE);

    /**
     * @param figures the figures read, at most one per municipality and year
     * @param skipped rows skipped on purpose (aggregates, breakdowns, other quarters)
     */
    public record Result(List<PopulationFigure> figures, int skipped) {}

    private PopulationCsv() {}

    /**
     * @param text the file's content
     * @return the figures
     * @throws ValidationException naming each bad line, or {@code "file"} for an unusable file
     */
    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(Map.of("file", "empty"));
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = content.lines().findFirst().orElse("");
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> columns = parser.getHeaderNames();
            Integer ownYear = null;
            String ownColumn = null;
            for (String column : columns) {
                Matcher m = OWN_COLUMN.matcher(column.trim());
                if (m.matches()) {
                    ownYear = Integer.parseInt(m.group(1));
                    ownColumn = column;
                }
            }
            if (ownColumn != null && columns.contains("kommunekode")) {
                return own(parser, ownColumn, ownYear);
            }
            return statistics(parser, columns);
        } catch (IOException | UncheckedIOException e) {
            // commons-csv: a quote in the header that is never closed (a String is never unreadable otherwise)
            throw new ValidationException(Map.of("line 1", "unbalanced-quote"));
        } catch (IllegalStateException | IllegalArgumentException e) {
            // commons-csv: a broken quote or a duplicate header name
            throw new ValidationException(Map.of("file", "unreadable-csv"));
        }
    }

    private static Result own(CSVParser parser, String column, int year) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Integer, PopulationFigure> figures = new LinkedHashMap<>();
        for (CSVRecord row : records(parser, errors)) {
            String line = "line " + (row.getRecordNumber() + 1);
            Integer code = municipality(row.get("kommunekode"));
            if (code == null) {
                errors.put(line, "unknown-municipality");
                continue;
            }
            Long inhabitants = count(row.get(column));
            if (inhabitants == null) {
                errors.put(line, "not-a-number");
                continue;
            }
            if (figures.putIfAbsent(code, new PopulationFigure(code, year, inhabitants)) != null) {
                errors.put(line, "duplicate");
            }
        }
        return result(errors, new ArrayList<>(figures.values()), 0);
    }

    private static Result statistics(CSVParser parser, List<String> columns) {
        String area = find(columns, "OMRÅDE", "OMRADE", "KOMK", "KOMMUNE", "KOMKODE");
        String time = find(columns, "TID");
        String value = find(columns, "INDHOLD");
        if (area == null || time == null || value == null) {
            throw new ValidationException(Map.of("file", "missing-columns"));
        }
        List<String> breakdowns = columns.stream()
                .filter(c -> !c.equals(area) && !c.equals(time) && !c.equals(value))
                .toList();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, PopulationFigure> figures = new LinkedHashMap<>();
        int skipped = 0;
        for (CSVRecord row : records(parser, errors)) {
            String line = "line " + (row.getRecordNumber() + 1);
            if (!row.isConsistent()) {
                errors.put(line, "wrong-column-count");
                continue;
            }
            if (breakdowns.stream()
                    .anyMatch(c -> !TOTAL.matcher(row.get(c).trim()).matches())) {
                skipped++;
                continue;
            }
            String areaText = row.get(area).trim();
            if (AGGREGATE.matcher(areaText).matches()) {
                skipped++;
                continue;
            }
            Matcher t = TIME.matcher(row.get(time).trim());
            if (!t.matches()) {
                errors.put(line, "bad-time");
                continue;
            }
            if (t.group(2) != null && !t.group(2).equals("1")) {
                skipped++;
                continue;
            }
            Integer code = municipality(areaText);
            if (code == null) {
                errors.put(line, "unknown-municipality");
                continue;
            }
            Long inhabitants = count(row.get(value));
            if (inhabitants == null) {
                errors.put(line, "not-a-number");
                continue;
            }
            int year = Integer.parseInt(t.group(1));
            if (figures.putIfAbsent(code + "/" + year, new PopulationFigure(code, year, inhabitants)) != null) {
                errors.put(line, "duplicate");
            }
        }
        return result(errors, new ArrayList<>(figures.values()), skipped);
    }

    /**
     * @return the records; a quote that is never closed (commons-csv then reads to the end of the file
     *     and fails) is reported as {@code unbalanced-quote} on the line its record begins, and ends the reading
     */
    private static List<CSVRecord> records(CSVParser parser, Map<String, String> errors) {
        List<CSVRecord> rows = new ArrayList<>();
        long readTo = parser.getCurrentLineNumber();
        try {
            for (CSVRecord row : parser) {
                if (rows.size() >= MAX_LINES) {
                    errors.put("file", "too-many-lines");
                    break;
                }
                rows.add(row);
                readTo = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.put("line " + (readTo + 1), "unbalanced-quote");
        }
        return rows;
    }

    private static Result result(Map<String, String> errors, List<PopulationFigure> figures, int skipped) {
        ValidationException.throwIfAny(errors);
        if (figures.isEmpty()) {
            throw new ValidationException(Map.of("file", "no-figures"));
        }
        return new Result(List.copyOf(figures), skipped);
    }

    private static String find(List<String> columns, String... names) {
        Map<String, String> upper = new HashMap<>();
        columns.forEach(c -> upper.put(c.trim().toUpperCase(Locale.ROOT), c));
        for (String name : names) {
            if (upper.containsKey(name)) {
                return upper.get(name);
            }
        }
        return null;
    }

    /** @return the municipality's code from "101", "101 København", "København" or "Københavns Kommune", or null */
    static Integer municipality(String text) {
        Municipalities all = Municipalities.get();
        Matcher m = CODE_FIRST.matcher(text.trim());
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            return all.isCode(code) ? code : null;
        }
        return all.code(text).orElse(null);
    }

    private static Long count(String text) {
        String digits = text.trim();
        if (!digits.matches("\\d{1,9}")) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
