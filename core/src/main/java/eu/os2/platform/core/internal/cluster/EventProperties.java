package eu.os2.platform.core.internal.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;

/**
 * An event's properties as JSON that keeps their Java types, so a handler on another node reads a
 * {@code Long} where the poster put a {@code Long}: each value is written as {@code {"t":type,"v":value}}
 * with type {@code string}, {@code long}, {@code int}, {@code boolean}, {@code double} or
 * {@code strings} (an array or collection, each element as its text). Any other value is sent as its text.
 */
final class EventProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventProperties() {}

    static String write(Event event) {
        ObjectNode json = MAPPER.createObjectNode();
        for (String name : event.getPropertyNames()) {
            if (name.equals(EventConstants.EVENT_TOPIC)) {
                continue;
            }
            Object value = event.getProperty(name);
            ObjectNode typed = json.putObject(name);
            if (value instanceof Long l) {
                typed.put("t", "long").put("v", l);
            } else if (value instanceof Integer i) {
                typed.put("t", "int").put("v", i);
            } else if (value instanceof Boolean b) {
                typed.put("t", "boolean").put("v", b);
            } else if (value instanceof Double d) {
                typed.put("t", "double").put("v", d);
            } else if (value instanceof Object[] || value instanceof Collection<?>) {
                ArrayNode items = typed.put("t", "strings").putArray("v");
                for (Object item : value instanceof Object[] array ? List.of(array) : (Collection<?>) value) {
                    items.add(String.valueOf(item));
                }
            } else {
                typed.put("t", "string").put("v", String.valueOf(value));
            }
        }
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the properties of " + event.getTopic(), e);
        }
    }

    static Map<String, Object> read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable event properties", e);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        tree.fields().forEachRemaining(field -> {
            JsonNode typed = field.getValue();
            JsonNode v = typed.path("v");
            Object value = switch (typed.path("t").asText()) {
                case "long" -> v.asLong();
                case "int" -> v.asInt();
                case "boolean" -> v.asBoolean();
                case "double" -> v.asDouble();
                case "strings" -> {
                    List<String> items = new ArrayList<>();
                    v.forEach(item -> items.add(item.asText()));
                    yield items.toArray(String[]::new);
                }
                default -> v.asText();
            };
            properties.put(field.getKey(), value);
        });
        return properties;
    }
}
