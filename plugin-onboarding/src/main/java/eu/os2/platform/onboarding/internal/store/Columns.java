package eu.os2.platform.onboarding.internal.store;

import eu.os2.platform.onboarding.internal.model.Mark;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How lists, marks and traffic lights are kept in text columns: one item per line. */
final class Columns {

    private Columns() {}

    static List<String> lines(String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    static List<Long> ids(String text) {
        return lines(text).stream().map(Long::parseLong).toList();
    }

    /** Marks one per line: code|STATUS (or empty)|explanation|evidence separated by spaces. */
    static String marks(Map<String, Mark> marks) {
        StringBuilder s = new StringBuilder();
        marks.values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(m -> s.append(m.code())
                        .append('|')
                        .append(m.status() == null ? "" : m.status().name())
                        .append('|')
                        .append(clean(m.explanation()))
                        .append('|')
                        .append(String.join(
                                " ",
                                m.evidence().stream()
                                        .map(Columns::clean)
                                        .map(e -> e.replace(' ', '_'))
                                        .toList()))
                        .append('\n'));
        return s.toString();
    }

    static Map<String, Mark> marks(String text) {
        Map<String, Mark> result = new LinkedHashMap<>();
        for (String line : lines(text)) {
            String[] p = line.split("\\|", -1);
            result.put(
                    p[0],
                    new Mark(
                            p[0],
                            p[1].isEmpty() ? null : Mark.Status.valueOf(p[1]),
                            p[2].isEmpty() ? null : p[2],
                            p[3].isEmpty()
                                    ? List.of()
                                    : Arrays.stream(p[3].split(" "))
                                            .map(e -> e.replace('_', ' '))
                                            .toList()));
        }
        return result;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
    }

    static String lights(Map<String, String> lights) {
        StringBuilder s = new StringBuilder();
        lights.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        return s.toString();
    }

    static Map<String, String> lights(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines(text)) {
            String[] p = line.split("=", 2);
            result.put(p[0], p[1]);
        }
        return result;
    }
}
