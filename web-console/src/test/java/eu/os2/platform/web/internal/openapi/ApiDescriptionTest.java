package eu.os2.platform.web.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.web.internal.rest.AuthResource;
import eu.os2.platform.web.internal.rest.UsersResource;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiDescriptionTest {

    @Test
    void describesEachOperationWithItsSchemaAndWhoMayCallIt() {
        OpenAPI api = ApiDescription.describe(Set.of(UsersResource.class, AuthResource.class), "0.1.0");
        assertThat(api.getServers())
                .singleElement()
                .satisfies(s -> assertThat(s.getUrl()).isEqualTo("/api/v1"));
        assertThat(api.getPaths())
                .containsKeys("/users", "/users/{id}", "/users/{id}/deactivate", "/auth/login", "/auth/me");
        var invite = api.getPaths().get("/users").getPost();
        assertThat(invite.getExtensions()).containsEntry("x-roles", java.util.List.of("secretariat"));
        assertThat(api.getPaths().get("/auth/login").getPost().getExtensions()).containsEntry("x-public", true);
        assertThat(api.getPaths().get("/auth/me").getGet().getExtensions())
                .containsEntry("x-roles", java.util.List.of("**"));
        assertThat(api.getComponents().getSchemas()).containsKeys("UserRow", "InvitationLink");
        assertThat(api.getComponents().getSchemas().get("UserRow").getProperties())
                .containsKeys("id", "username", "roles", "status", "version");
        assertThat(ApiDescription.json(Set.of(UsersResource.class), "0.1.0")).contains("\"openapi\" : \"3.0.1\"");
    }

    @Test
    void pathParametersLoseTheirPatternsEvenWithBraces() {
        assertThat(ApiDescription.withoutPatterns("/payments/index/{year: \\d{4}}"))
                .isEqualTo("/payments/index/{year}");
        assertThat(ApiDescription.withoutPatterns("/a/{id: \\d+}/b/{x}")).isEqualTo("/a/{id}/b/{x}");
    }
}
