package eu.os2.platform.pluginhost.internal.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clauses of an OSGi manifest header such as {@code Import-Package} or {@code
 * Require-Capability}: {@code path;path;name=value;name:=directive, ...}, quotes respected.
 */
final class ManifestClauses {

    /**
     * One clause.
     *
     * @param paths the paths (package names, a namespace) the clause names
     * @param attributes attributes and directives by name; directives keep their {@code :} (e.g.
     *     {@code resolution:}), a typed attribute loses its type
     */
    record Clause(List<String> paths, Map<String, String> attributes) {
        String get(String name) {
            return attributes.get(name);
        }
    }

    private ManifestClauses() {}

    /**
     * @param header a header value; null or blank for none
     * @return its clauses
     */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String text : split(header, ',')) {
            List<String> paths = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : split(text, ';')) {
                String piece = part.strip();
                int eq = piece.indexOf('=');
                if (eq < 0) {
                    if (!piece.isEmpty()) {
                        paths.add(piece);
                    }
                    continue;
                }
                boolean directive = eq > 0 && piece.charAt(eq - 1) == ':';
                String name = piece.substring(0, directive ? eq - 1 : eq).strip();
                int typed = name.indexOf(':');
                if (typed >= 0) {
                    name = name.substring(0, typed).strip();
                }
                String value = piece.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                attributes.put(directive ? name + ":" : name, value);
            }
            if (!paths.isEmpty()) {
                clauses.add(new Clause(List.copyOf(paths), Map.copyOf(attributes)));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
