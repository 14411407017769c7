package eu.os2.platform.web.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.web.internal.rest.AuthResource;
import eu.os2.platform.web.internal.rest.UsersResource;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import java.util.Set;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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

    /** A partner plugin's resource, served by its own application. */
    @Path("greeting")
    public static class GreetingResource {
        /** The greeting. */
        public record Greeting(String text) {}

        @GET
        @Path("{id}")
        @RolesAllowed("secretariat")
        @Produces("application/json")
        public Greeting greeting(@PathParam("id") long id) {
            return new Greeting("hej " + id);
        }
    }

    @Test
    void aPartnerPluginsOperationsAreDescribedBelowItsApplication() {
        OpenAPI api = ApiDescription.describe(
                Map.of("", Set.of(AuthResource.class), "/plugins/hello", Set.of(GreetingResource.class)), "0.1.0");
        assertThat(api.getPaths()).containsKeys("/auth/login", "/plugins/hello/greeting/{id}");
        assertThat(api.getPaths()).doesNotContainKey("/greeting/{id}");
        assertThat(api.getPaths().get("/plugins/hello/greeting/{id}").getGet().getExtensions())
                .containsEntry("x-roles", java.util.List.of("secretariat"));
        assertThat(api.getComponents().getSchemas()).containsKey("Greeting");
    }

    @Test
    void aResourceIsDescribedBelowTheApplicationItSelects() {
        assertThat(OpenApiResource.prefix("(osgi.jaxrs.name=os2.platform)")).isEmpty();
        assertThat(OpenApiResource.prefix("(osgi.jaxrs.name=os2.plugin.meetings)"))
                .isEqualTo("/plugins/meetings");
        assertThat(OpenApiResource.prefix("(osgi.jaxrs.name=os2.plugin.Bad!)")).isNull();
        assertThat(OpenApiResource.prefix("(osgi.jaxrs.name=someone.else)")).isNull();
        assertThat(OpenApiResource.prefix(null)).isNull();
    }

    @Test
    void pathParametersLoseTheirPatternsEvenWithBraces() {
        assertThat(ApiDescription.withoutPatterns("/payments/index/{year: \\d{4}}"))
                .isEqualTo("/payments/index/{year}");
        assertThat(ApiDescription.withoutPatterns("/a/{id: \\d+}/b/{x}")).isEqualTo("/a/{id}/b/{x}");
    }
}
