package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class JsonProviderTest {

    /** What a resource method declares, to take its generic return types from. */
    @SuppressWarnings("unused")
    interface Declared {
        List<String> list();

        Map<Integer, String> byYear();
    }

    private static String write(Object value, Type declared, MediaType mediaType) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Class<?> raw = declared instanceof java.lang.reflect.ParameterizedType p
                ? (Class<?>) p.getRawType()
                : (Class<?>) declared;
        new JsonProvider().writeTo(value, raw, declared, new Annotation[0], mediaType, new MultivaluedHashMap<>(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aProblemFromAMethodDeclaredWithAnotherTypeIsWrittenWhole() throws Exception {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://os2.eu/platform/problems/forbidden");
        problem.put("status", 403);
        MediaType problemJson = MediaType.valueOf("application/problem+json");
        String fromList = write(problem, Declared.class.getMethod("list").getGenericReturnType(), problemJson);
        String fromMap = write(problem, Declared.class.getMethod("byYear").getGenericReturnType(), problemJson);
        assertThat(fromList).isEqualTo("{\"type\":\"https://os2.eu/platform/problems/forbidden\",\"status\":403}");
        assertThat(fromMap).isEqualTo(fromList);
    }

    @Test
    void anAnswerOfTheDeclaredTypeIsWrittenAsBefore() throws Exception {
        assertThat(write(
                        List.of("a", "b"),
                        Declared.class.getMethod("list").getGenericReturnType(),
                        MediaType.APPLICATION_JSON_TYPE))
                .isEqualTo("[\"a\",\"b\"]");
        assertThat(write(
                        Map.of(2026, "x"),
                        Declared.class.getMethod("byYear").getGenericReturnType(),
                        MediaType.APPLICATION_JSON_TYPE))
                .isEqualTo("{\"2026\":\"x\"}");
    }
}
