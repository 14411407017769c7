package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.ref.PlatformRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Bodies an attacker sends, read by the platform's mapper and answered by its one exception mapper. */
class HostileJsonTest {

    record Vote(List<String> choice) {}

    record Link(PlatformRef target, int weight) {}

    record Index(BigDecimal value) {}

    record Named(String name) {}

    record Period(java.time.LocalDate to, java.time.LocalDateTime heldAt) {}

    private static Response answer(String json, Class<?> type) {
        try {
            JsonProvider.MAPPER.readValue(json, type);
        } catch (Exception e) {
            return new ProblemMapper().toResponse(e);
        }
        throw new AssertionError("accepted: " + json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        return (Map<String, Object>) response.getEntity();
    }

    private static void assertNoJavaName(Response response) {
        String text = String.valueOf(response.getEntity());
        assertThat(text)
                .doesNotContain("eu.os2")
                .doesNotContain("java.")
                .doesNotContain("Cannot construct")
                .doesNotContain("DeserializationConfig")
                .doesNotContain("DeserializationFeature");
    }

    @Test
    void aNullInsideAListIsAFieldError() {
        Response r = answer("{\"choice\":[null]}", Vote.class);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors")).isEqualTo(Map.of("choice[0]", "required"));
        assertNoJavaName(r);
    }

    @Test
    void aReferenceTheRecordRefusesNamesTheFieldNotTheType() {
        Response r = answer("{\"target\":\"no-colon-here\",\"weight\":1}", Link.class);
        assertThat(r.getStatus()).isEqualTo(400);
        assertNoJavaName(r);
    }

    @Test
    void aNullForANumberNamesTheFieldWithoutJacksonsAdvice() {
        Response r = answer("{\"weight\":null}", Link.class);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors")).isEqualTo(Map.of("weight", "type"));
        assertNoJavaName(r);
    }

    @Test
    void aNulCharacterIsRefused() {
        Response r = answer("{\"name\":\"a\\u0000b\"}", Named.class);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors")).isEqualTo(Map.of("name", "invalid-character"));
    }

    @Test
    void aDecimalTooLargeToWriteOutIsRefused() {
        Response r = answer("{\"value\":1E+999999999}", Index.class);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors")).isEqualTo(Map.of("value", "out-of-range"));
    }

    @Test
    void aDateBeyondFourDigitYearsIsRefused() {
        Response r = answer("{\"to\":\"+999999999-12-31\"}", Period.class);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors")).isEqualTo(Map.of("to", "out-of-range"));
        Response held = answer("{\"heldAt\":\"+99999-04-24T16:00:00\"}", Period.class);
        assertThat(body(held).get("errors")).isEqualTo(Map.of("heldAt", "out-of-range"));
    }

    @Test
    void deepNestingAndBrokenJsonAreBadRequests() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Response nested = answer("{\"name\":" + deep + "}", Named.class);
        assertThat(nested.getStatus()).isEqualTo(400);
        assertNoJavaName(nested);
        Response broken = answer("{\"name\": \"x\"", Named.class);
        assertThat(broken.getStatus()).isEqualTo(400);
        assertNoJavaName(broken);
        Response number = answer("{\"weight\":99999999999999999999}", Link.class);
        assertThat(number.getStatus()).isEqualTo(400);
        assertNoJavaName(number);
    }

    @Test
    void javaNamesAreTakenOutOfEveryClientAnswer() {
        assertThat(
                        Problems.withoutJavaNames(
                                "Cannot construct instance of `eu.os2.platform.api.ref.PlatformRef` (set DeserializationConfig.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES to 'false' to allow)"))
                .isEqualTo("Cannot construct instance of value");
    }
}
