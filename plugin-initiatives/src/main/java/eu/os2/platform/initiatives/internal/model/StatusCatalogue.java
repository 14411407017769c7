package eu.os2.platform.initiatives.internal.model;

import eu.os2.platform.api.initiative.InitiativeStatus;
import eu.os2.platform.api.initiative.TrafficLight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configured statuses. Each is written {@code id|Danish name|English name|colour|default progress|done},
 * e.g. {@code at-risk|I risiko|At risk|YELLOW|50|false}.
 */
public final class StatusCatalogue {

    /** The statuses the platform starts with. */
    public static final String[] DEFAULTS = {
        "completed|Gennemført|Completed|GREEN|100|true",
        "in-progress|I gang|In progress|GREEN|50|false",
        "planned|Planlagt|Planned|GREY|0|false",
        "at-risk|I risiko|At risk|YELLOW|50|false",
        "paused|Sat på pause|Paused|GREY|0|false",
    };

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final Map<String, InitiativeStatus> byId;

    private StatusCatalogue(Map<String, InitiativeStatus> byId) {
        this.byId = byId;
    }

    /**
     * @param entries the configured statuses, in display order
     * @return the catalogue
     * @throws IllegalArgumentException naming the first bad entry
     */
    public static StatusCatalogue parse(String... entries) {
        if (entries == null || entries.length == 0) {
            throw new IllegalArgumentException("at least one status must be configured");
        }
        Map<String, InitiativeStatus> byId = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length != 6) {
                throw new IllegalArgumentException(
                        "status '" + entry + "': write id|Danish name|English name|colour|default progress|done");
            }
            String id = parts[0].strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "status '" + entry + "': the id is lower-case letters, digits and '-'");
            }
            String nameDa = parts[1].strip();
            String nameEn = parts[2].strip();
            if (nameDa.isEmpty() || nameEn.isEmpty()) {
                throw new IllegalArgumentException("status '" + entry + "': both names are required");
            }
            TrafficLight light;
            try {
                light = TrafficLight.valueOf(parts[3].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "status '" + entry + "': the colour is one of GREEN, YELLOW, RED, GREY");
            }
            int progress;
            try {
                progress = Integer.parseInt(parts[4].strip());
            } catch (NumberFormatException e) {
                progress = -1;
            }
            if (progress < 0 || progress > 100) {
                throw new IllegalArgumentException(
                        "status '" + entry + "': the default progress is a whole number 0-100");
            }
            String done = parts[5].strip().toLowerCase(Locale.ROOT);
            if (!done.equals("true") && !done.equals("false")) {
                throw new IllegalArgumentException("status '" + entry + "': done is true or false");
            }
            if (done.equals("true") && progress != 100) {
                throw new IllegalArgumentException("status '" + entry + "': a done status has default progress 100");
            }
            if (byId.put(id, new InitiativeStatus(id, nameDa, nameEn, light, progress, done.equals("true"))) != null) {
                throw new IllegalArgumentException("status '" + id + "' is configured twice");
            }
        }
        return new StatusCatalogue(byId);
    }

    /** @return the catalogue of {@link #DEFAULTS} */
    public static StatusCatalogue defaults() {
        return parse(DEFAULTS);
    }

    public List<InitiativeStatus> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<InitiativeStatus> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    /**
     * A status that was removed from the configuration after data used it stays readable: it
     * shows grey, counts as not done and with 0 % by default.
     */
    public InitiativeStatus getOrUnknown(String id) {
        return find(id).orElseGet(() -> new InitiativeStatus(id, id, id, TrafficLight.GREY, 0, false));
    }
}
