package eu.os2.platform.web.internal.openapi;

import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.web.internal.auth.AccessFilter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/**
 * The OpenAPI 3 description of a set of JAX-RS resource classes, read from their annotations by
 * swagger-core. Each operation also says who may call it: {@code x-roles} lists the
 * {@code @RolesAllowed} names ({@code **}: any signed-in user), {@code x-public} marks a
 * {@code @PublicEndpoint}.
 */
final class ApiDescription {

    private ApiDescription() {}

    /** @return the description of the platform application's resources as JSON */
    static String json(Set<Class<?>> resources, String version) {
        return json(Map.of("", resources), version);
    }

    /**
     * @param resources the resource classes by the path of their application below {@code /api/v1}:
     *     {@code ""} for the platform's application, {@code /plugins/<id>} for a partner plugin's
     * @return the description as JSON
     */
    static String json(Map<String, Set<Class<?>>> resources, String version) {
        try {
            return Json.pretty().writeValueAsString(describe(resources, version));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI description", e);
        }
    }

    static OpenAPI describe(Set<Class<?>> resources, String version) {
        return describe(Map.of("", resources), version);
    }

    /**
     * @param resources the resource classes by the path of their application below {@code /api/v1}
     *     ({@code ""} for the platform's own, {@code /plugins/<id>} for a partner plugin's)
     */
    static OpenAPI describe(Map<String, Set<Class<?>>> resources, String version) {
        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title("OS2 Community Platform API")
                        .version(version)
                        .description(
                                "The REST API of the OS2 Community Platform and of the partner bundles installed in it. "
                                        + "Sign in with POST /auth/login; send the answer's csrfToken in X-CSRF-Token with every change. "
                                        + "Errors are RFC 9457 problem+json. x-roles names the roles that may call an operation. "
                                        + "A partner plugin's operations are under /plugins/{plugin id}.")
                        .license(new License().name("MPL-2.0")))
                .servers(List.of(new Server().url(PlatformRest.APPLICATION_BASE)));
        Set<Class<?>> platform = ordered(resources.getOrDefault("", Set.of()));
        OpenAPI api = new Reader(base).read(platform);
        Map<String, AccessFilter.Rule> access = access(platform, "");
        // each partner application on its own, its paths below its base
        new TreeMap<>(resources).forEach((prefix, classes) -> {
            if (prefix.isEmpty()) {
                return;
            }
            Set<Class<?>> partner = ordered(classes);
            OpenAPI part = new Reader(new OpenAPI()).read(partner);
            if (part.getPaths() != null) {
                part.getPaths().forEach((path, item) -> api.path(prefix + path, item));
            }
            if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
                if (api.getComponents() == null) {
                    api.components(new Components());
                }
                part.getComponents().getSchemas().forEach((name, schema) -> {
                    if (api.getComponents().getSchemas() == null
                            || !api.getComponents().getSchemas().containsKey(name)) {
                        api.getComponents().addSchemas(name, schema);
                    }
                });
            }
            access.putAll(access(partner, prefix));
        });
        if (api.getPaths() != null) {
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> mark(operation, access.get(method.name() + " " + path))));
        }
        return api;
    }

    /** A stable order, whatever order the bundles registered their resources in. */
    private static Set<Class<?>> ordered(Set<Class<?>> resources) {
        Set<Class<?>> ordered = new LinkedHashSet<>();
        resources.stream().sorted(Comparator.comparing(Class::getName)).forEach(ordered::add);
        return ordered;
    }

    private static void mark(Operation operation, AccessFilter.Rule access) {
        if (access == null || !access.declared()) {
            return;
        }
        if (access.publicEndpoint()) {
            operation.addExtension("x-public", true);
        } else {
            operation.addExtension("x-roles", access.roles());
        }
    }

    /** "GET /users/{id}" to who may call it, from the same annotations the platform enforces. */
    static Map<String, AccessFilter.Rule> access(Set<Class<?>> resources, String prefix) {
        Map<String, AccessFilter.Rule> access = new HashMap<>();
        for (Class<?> type : resources) {
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String path = path(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
                access.put(verb + " " + prefix + path, AccessFilter.Rule.of(method, type));
            }
        }
        return access;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        if (method.isAnnotationPresent(HEAD.class)) {
            return "HEAD";
        }
        return method.isAnnotationPresent(OPTIONS.class) ? "OPTIONS" : null;
    }

    /** The path as OpenAPI writes it: "/" + class path + method path, parameters without their patterns. */
    static String path(Path onClass, Path onMethod) {
        String joined =
                "/" + (onClass == null ? "" : onClass.value()) + "/" + (onMethod == null ? "" : onMethod.value());
        String path = withoutPatterns(joined).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code {year: \d{4}}} becomes {@code {year}}; a pattern may hold braces of its own. */
    static String withoutPatterns(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                depth += template.charAt(end) == '{' ? 1 : template.charAt(end) == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String inside = template.substring(i + 1, Math.min(end, template.length()));
            int colon = inside.indexOf(':');
            out.append('{')
                    .append((colon < 0 ? inside : inside.substring(0, colon)).strip())
                    .append('}');
            i = end + 1;
        }
        return out.toString();
    }
}
