package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a product's {@code publiccode.yml} (the standard's fields that OS2's criteria can use) with
 * SnakeYAML's safe loader: no object construction, a size limit, few aliases. Bad YAML or a file
 * that is not a publiccode.yml is refused with a field error and nothing changes.
 */
public final class PublicCode {

    /**
     * What an import read and the criteria it marked as met in the current round's draft.
     *
     * @param facts the file's facts
     * @param marked the criteria codes marked (empty when the round's assessment was no longer a draft)
     */
    public record Imported(Facts facts, List<String> marked) {

        /** Copies the codes. */
        public Imported {
            marked = List.copyOf(marked);
        }
    }

    /** At most this many characters. */
    public static final int MAX_CHARS = 200_000;

    /**
     * @param name the software's name
     * @param url its repository
     * @param licence SPDX licence (legal.license)
     * @param developmentStatus concept, development, beta, stable or obsolete
     * @param usedBy organisations that use it
     * @param maintainers maintenance contacts' names
     * @param description the Danish short description, else the English one, else null
     */
    public record Facts(
            String name,
            String url,
            String licence,
            String developmentStatus,
            List<String> usedBy,
            List<String> maintainers,
            String description) {

        /** @return the criteria the file is evidence for, with the evidence text (at most {@link Limits#TEXT} characters) */
        public Map<String, String> evidences() {
            Map<String, String> codes = new LinkedHashMap<>();
            if (url != null && url.startsWith("https://")) {
                codes.put("F1", "publiccode.yml: url " + url);
            }
            if (licence != null && Gates.OSI.contains(licence)) {
                codes.put("F2", "publiccode.yml: legal.license " + licence);
            }
            if (description != null) {
                codes.put("F5", "publiccode.yml: description");
            }
            if (usedBy.size() >= 2) {
                codes.put("R3", "publiccode.yml: usedBy " + usedBy.size() + " organisationer");
            }
            if (!maintainers.isEmpty()) {
                codes.put("G3", "publiccode.yml: maintenance.contacts " + String.join(", ", maintainers));
            }
            codes.replaceAll((code, text) -> text.length() > Limits.TEXT ? text.substring(0, Limits.TEXT) : text);
            return codes;
        }
    }

    private PublicCode() {}

    /**
     * @throws ValidationException {@code file: invalid-yaml | not-publiccode | too-large | empty}; for
     *     the fields the import stores, {@code file.name}, {@code file.url}, {@code file.legal.license}
     *     and {@code file.description}: {@code too-long}, and {@code file.url}: {@code invalid-url} when
     *     it is not an https address
     */
    public static Facts parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(Map.of("file", "empty"));
        }
        if (text.length() > MAX_CHARS) {
            throw new ValidationException(Map.of("file", "too-large"));
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARS);
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new ValidationException(Map.of("file", "invalid-yaml"));
        }
        if (!(loaded instanceof Map<?, ?> root)
                || !root.containsKey("publiccodeYmlVersion")
                || !(root.get("name") instanceof String name)) {
            throw new ValidationException(Map.of("file", "not-publiccode"));
        }
        String url = text(root.get("url"));
        String licence = root.get("legal") instanceof Map<?, ?> legal ? text(legal.get("license")) : null;
        List<String> usedBy = strings(root.get("usedBy"));
        List<String> maintainers = new ArrayList<>();
        if (root.get("maintenance") instanceof Map<?, ?> maintenance
                && maintenance.get("contacts") instanceof List<?> contacts) {
            for (Object c : contacts) {
                if (c instanceof Map<?, ?> contact && contact.get("name") instanceof String n) {
                    maintainers.add(n);
                }
            }
        }
        String description = null;
        if (root.get("description") instanceof Map<?, ?> descriptions) {
            for (String lang : List.of("da", "en")) {
                if (descriptions.get(lang) instanceof Map<?, ?> d
                        && d.get("shortDescription") instanceof String s
                        && !s.isBlank()) {
                    description = s.strip();
                    break;
                }
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.strip().length() > Limits.NAME) {
            errors.put("file.name", "too-long");
        }
        if (Limits.tooLong(url, Limits.URL)) {
            errors.put("file.url", "too-long");
        } else if (url != null && !url.matches(Limits.HTTPS)) {
            errors.put("file.url", "invalid-url");
        }
        if (Limits.tooLong(licence, Limits.LICENCE)) {
            errors.put("file.legal.license", "too-long");
        }
        if (Limits.tooLong(description, Limits.TEXT)) {
            errors.put("file.description", "too-long");
        }
        ValidationException.throwIfAny(errors);
        return new Facts(
                name.strip(), url, licence, text(root.get("developmentStatus")), usedBy, maintainers, description);
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) {
                    result.add(s.strip());
                }
            }
        }
        return result;
    }
}
