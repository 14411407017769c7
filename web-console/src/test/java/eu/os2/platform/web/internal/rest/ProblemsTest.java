package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.member.MemberValidationException;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void danishUnlessEnglishIsPreferred() {
        assertThat(PlatformRest.prefersEnglish(null)).isFalse();
        assertThat(PlatformRest.prefersEnglish("da, en;q=0.8")).isFalse();
        assertThat(PlatformRest.prefersEnglish("en-GB,en;q=0.9,da;q=0.8")).isTrue();
        assertThat(PlatformRest.prefersEnglish("de, en;q=0.5")).isTrue();
        assertThat(PlatformRest.prefersEnglish("fr")).isFalse();
        assertThat(PlatformRest.prefersEnglish(";;;garbage")).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        return (Map<String, Object>) response.getEntity();
    }

    @Test
    void everyFailureBecomesProblemJson() {
        ProblemMapper mapper = new ProblemMapper();
        Response validation = mapper.toResponse(new MemberValidationException(Map.of("cvr", "checksum")));
        assertThat(validation.getStatus()).isEqualTo(422);
        assertThat(body(validation))
                .containsEntry("type", "https://os2.eu/platform/problems/validation")
                .containsEntry("errors", Map.of("cvr", "checksum"));

        assertThat(mapper.toResponse(new ConcurrentChangeException("x", 4)).getStatus())
                .isEqualTo(412);
        assertThat(mapper.toResponse(new NoSuchElementException("x")).getStatus())
                .isEqualTo(404);
        assertThat(mapper.toResponse(ApiProblem.forbidden("no")).getStatus()).isEqualTo(403);

        Response internal = mapper.toResponse(new IllegalStateException("secret internals"));
        assertThat(internal.getStatus()).isEqualTo(500);
        assertThat(body(internal).toString())
                .doesNotContain("secret internals")
                .doesNotContain("IllegalStateException");
    }
}
