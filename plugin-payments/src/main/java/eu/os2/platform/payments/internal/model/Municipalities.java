package eu.os2.platform.payments.internal.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Denmark's 98 municipalities by code and name, read from the bundle ({@code demo/municipalities-2020Q1.csv}). */
public final class Municipalities {

    /** The bundled list: kommunekode,navn,region,indbyggere_2020K1,os2_stoerrelse. */
    public static final String RESOURCE = "/demo/municipalities-2020Q1.csv";

    private static final Municipalities INSTANCE = load();

    private final Map<Integer, String> names;
    private final Map<String, Integer> codes;

    private Municipalities(Map<Integer, String> names) {
        this.names = Collections.unmodifiableMap(names);
        Map<String, Integer> byName = new LinkedHashMap<>();
        names.forEach((code, name) -> byName.put(key(name), code));
        this.codes = byName;
    }

    /** @return the bundled list */
    public static Municipalities get() {
        return INSTANCE;
    }

    /** @return the code of the municipality with this name ("København", "Københavns Kommune" and "københavn" all match) */
    public Optional<Integer> code(String name) {
        String key = key(name);
        if (key.endsWith(" kommune")) {
            key = key.substring(0, key.length() - " kommune".length());
        }
        if (key.endsWith("s") && !codes.containsKey(key)) {
            key = key.substring(0, key.length() - 1);
        }
        return Optional.ofNullable(codes.get(key));
    }

    /** @return whether the code is one of the 98 */
    public boolean isCode(int code) {
        return names.containsKey(code);
    }

    /** @return the name of the municipality, e.g. {@code "Ballerup"} */
    public Optional<String> name(int code) {
        return Optional.ofNullable(names.get(code));
    }

    /** @return every code with its name, in the file's order */
    public Map<Integer, String> all() {
        return names;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static Municipalities load() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Map<Integer, String> names = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",");
                    names.put(Integer.parseInt(cells[0].trim()), cells[1].trim());
                }
            }
            return new Municipalities(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
