package eu.os2.platform.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attacker (or a broken client) sends to a write endpoint: bodies that are not JSON or not
 * the expected shape, and for each field of the operation's request schema (from the platform's own
 * OpenAPI description) wrong types, nulls in arrays, over-long and NUL-holding strings, numbers out
 * of range, spreadsheet formulas and markup, each in an otherwise plausible body.
 */
final class HostileBodies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A body larger than any the platform accepts; sent with Expect: 100-continue. */
    static final int HUGE = 10 * 1024 * 1024;

    /** A named body. */
    record Body(String name, String text) {}

    private final JsonNode components;
    private final Map<String, String> ids;

    HostileBodies(JsonNode api, Map<String, String> ids) {
        this.components = api.path("components").path("schemas");
        this.ids = ids;
    }

    /** @return the hostile JSON bodies for an operation whose request body has the schema (missing: none known) */
    List<Body> json(JsonNode schema) {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("empty", ""));
        bodies.add(new Body("null", "null"));
        bodies.add(new Body("array", "[]"));
        bodies.add(new Body("string", "\"text\""));
        bodies.add(new Body("number", "42"));
        bodies.add(new Body("truncated", "{\"a\":"));
        bodies.add(new Body("not-json", "<xml/>"));
        bodies.add(new Body("nul-byte", "{\"a\":\"\u0000\"}"));
        bodies.add(new Body("deep-objects", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        bodies.add(new Body("deep-arrays", "[".repeat(100_000) + "]".repeat(100_000)));
        bodies.add(new Body("many-nulls", "[" + "null,".repeat(200_000) + "null]"));
        bodies.add(new Body("prototype", "{\"__proto__\":{\"admin\":true},\"constructor\":{\"prototype\":{}}}"));
        bodies.add(new Body("unknown-field", "{\"noSuchField\":1}"));
        bodies.add(new Body("duplicate-keys", "{\"a\":1,\"a\":2}"));
        bodies.add(new Body("invalid-utf8-escape", "{\"a\":\"\\ud800\"}"));
        ObjectNode base = base(schema, 0);
        bodies.add(new Body("plausible", base.toString()));
        Iterator<Map.Entry<String, JsonNode>> properties = properties(schema);
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            for (Map.Entry<String, JsonNode> value : values(property.getValue()).entrySet()) {
                ObjectNode body = base.deepCopy();
                body.set(property.getKey(), value.getValue());
                bodies.add(new Body(property.getKey() + "=" + value.getKey(), body.toString()));
            }
        }
        return bodies;
    }

    /** @return the hostile bodies for an endpoint that reads text (CSV, YAML) */
    static List<Body> text() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("empty", ""));
        bodies.add(new Body("unbalanced-quote", "\"Ballerup Kommune,2025,48602\n151,\"2025\n"));
        bodies.add(new Body("formula", "=cmd|' /C calc'!A0,+1,-1,@SUM(A1)\n"));
        bodies.add(new Body("nul", "a\u0000b,1,2\n"));
        bodies.add(new Body(
                "binary",
                new String(
                        new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3},
                        java.nio.charset.StandardCharsets.ISO_8859_1)));
        bodies.add(new Body("long-line", "x".repeat(1_000_000)));
        bodies.add(new Body("many-lines", "151,2025,1\n".repeat(200_000)));
        bodies.add(new Body("numbers-out-of-range", "151,99999999999999999999,1e400\n"));
        bodies.add(new Body("markup", "<script>alert(1)</script>\n"));
        bodies.add(new Body(
                "yaml-aliases",
                "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                        + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                        + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"));
        bodies.add(
                new Body(
                        "yaml-type-tag",
                        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n"));
        bodies.add(new Body("yaml-deep", "a: ".repeat(1) + "[".repeat(10_000) + "]".repeat(10_000) + "\n"));
        bodies.add(new Body("yaml-wrong-shape", "publiccodeYmlVersion: [1, 2]\nname: {a: b}\nurl: 42\n"));
        bodies.add(new Body("json-in-text", "{\"a\":1}"));
        return bodies;
    }

    /** @return the hostile values for one field, by name */
    private Map<String, JsonNode> values(JsonNode property) {
        Map<String, JsonNode> v = new LinkedHashMap<>();
        v.put("null", NODES.nullNode());
        v.put("empty", NODES.textNode(""));
        v.put("blank", NODES.textNode("   "));
        v.put("zero", NODES.numberNode(0));
        v.put("negative", NODES.numberNode(-1));
        v.put("int-overflow", NODES.numberNode(2_147_483_648L));
        v.put("long-overflow", NODES.numberNode(new java.math.BigInteger("92233720368547758080")));
        v.put("huge-exponent", NODES.numberNode(new java.math.BigDecimal("1E+999999999")));
        v.put("fraction", NODES.numberNode(1.5));
        v.put("boolean", NODES.booleanNode(true));
        v.put("array-of-null", NODES.arrayNode().addNull());
        v.put("array-of-long-text", NODES.arrayNode().add("x".repeat(5000)));
        v.put("nested-arrays", NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())));
        v.put("object", NODES.objectNode().put("$gt", ""));
        v.put("201-chars", NODES.textNode("x".repeat(201)));
        v.put("5000-chars", NODES.textNode("y".repeat(5000)));
        v.put("2-MB", NODES.textNode("z".repeat(2 * 1024 * 1024)));
        v.put("nul", NODES.textNode("a\u0000b"));
        v.put("control", NODES.textNode("a\u0007\u001b[31mb\r\nc"));
        v.put("right-to-left", NODES.textNode("\u202egnp.exe"));
        v.put("emoji", NODES.textNode("😀".repeat(300)));
        v.put("formula", NODES.textNode("=cmd|' /C calc'!A0"));
        v.put("formula-at", NODES.textNode("@SUM(1+1)*cmd|' /C calc'!A0"));
        v.put("markup", NODES.textNode("<script>alert(1)</script><img src=x onerror=alert(1)>"));
        v.put("sql", NODES.textNode("'; DROP TABLE core_user; --"));
        v.put("path", NODES.textNode("../../../../etc/passwd"));
        v.put("bad-date", NODES.textNode("2026-13-45"));
        v.put("far-date", NODES.textNode("+999999999-12-31"));
        v.put("bad-reference", NODES.textNode("decision:-1:x"));
        v.put("bad-money", NODES.textNode("12.345"));
        if (property.path("type").asText().equals("array") || property.has("items")) {
            v.put("array-of-wrong", NODES.arrayNode().add(NODES.objectNode()).add(true));
            v.put("array-huge", repeated(100_000));
        }
        return v;
    }

    private static ArrayNode repeated(int n) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            array.add(i);
        }
        return array;
    }

    private Iterator<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        return resolve(schema).path("properties").fields();
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null) {
            return NODES.objectNode();
        }
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return components.path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** @return a plausible body for the schema: each field a value of its type */
    private ObjectNode base(JsonNode schema, int depth) {
        ObjectNode body = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = properties(schema);
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            body.set(property.getKey(), plausible(property.getKey(), resolve(property.getValue()), depth));
        }
        return body;
    }

    private JsonNode plausible(String name, JsonNode schema, int depth) {
        String type = schema.path("type").asText("");
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        if (schema.has("properties")) {
            return depth > 2 ? NODES.objectNode() : base(schema, depth + 1);
        }
        return switch (type) {
            case "integer" ->
                NODES.numberNode(
                        name.toLowerCase(java.util.Locale.ROOT).endsWith("id")
                                        || name.equals("giver")
                                        || name.equals("holder")
                                ? Long.parseLong(ids.get("ballerup"))
                                : 1L);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode items = resolve(schema.path("items"));
                if (depth <= 2 && !items.isMissingNode()) {
                    array.add(plausible(name, items, depth + 1));
                }
                yield array;
            }
            case "string" ->
                switch (schema.path("format").asText("")) {
                    case "date" -> NODES.textNode("2031-03-01");
                    case "date-time" -> NODES.textNode("2031-03-01T10:00:00Z");
                    default -> NODES.textNode("Hostile input " + name);
                };
            default -> NODES.textNode("Hostile input " + name);
        };
    }
}
