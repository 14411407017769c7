package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.user.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every resource method of every platform bundle says who may call it: {@code @RolesAllowed}
 * with role ids from {@link Access}, or {@code @PublicEndpoint}. The platform's access filter
 * refuses a method with neither, so this test finds the forgotten rule before a user does.
 * The bundles are read as class files (their own dependencies need not be on the class path).
 */
class ResourceAccessRulesTest {

    /** The bundles whose resources are walked; each must contribute at least one resource class. */
    private static final List<String> BUNDLES = List.of(
            "web-console",
            "plugin-initiatives",
            "plugin-payments",
            "plugin-voting",
            "plugin-onboarding",
            "plugin-host",
            "partner-hello");

    private static final String PATH = "javax.ws.rs.Path";
    private static final String HTTP_METHOD = "javax.ws.rs.HttpMethod";
    private static final Set<String> VERBS = Set.of(
            "javax.ws.rs.GET",
            "javax.ws.rs.POST",
            "javax.ws.rs.PUT",
            "javax.ws.rs.DELETE",
            "javax.ws.rs.PATCH",
            "javax.ws.rs.HEAD",
            "javax.ws.rs.OPTIONS");
    private static final String ROLES_ALLOWED = "javax.annotation.security.RolesAllowed";
    private static final String PUBLIC_ENDPOINT = "eu.os2.platform.api.rest.PublicEndpoint";
    /** The filter knows nothing of these; a method carrying one would be refused or mislead a reader. */
    private static final Set<String> UNSUPPORTED =
            Set.of("javax.annotation.security.PermitAll", "javax.annotation.security.DenyAll");

    private static List<JavaClass> resources;

    @BeforeAll
    static void importBundles() {
        resources = PlatformClasses.of(BUNDLES).stream()
                .filter(ResourceAccessRulesTest::isResourceClass)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private static boolean isResourceClass(JavaClass type) {
        return type.isAnnotatedWith(PATH)
                || type.getMethods().stream().anyMatch(ResourceAccessRulesTest::isResourceMethod);
    }

    private static boolean isResourceMethod(JavaMethod method) {
        if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                || method.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        return method.getAnnotations().stream().anyMatch(a -> {
            String name = a.getRawType().getName();
            return name.equals(PATH) || VERBS.contains(name) || a.getRawType().isAnnotatedWith(HTTP_METHOD);
        });
    }

    private static List<JavaMethod> resourceMethods() {
        return resources.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(ResourceAccessRulesTest::isResourceMethod)
                .sorted((a, b) -> a.getFullName().compareTo(b.getFullName()))
                .toList();
    }

    private static Optional<List<String>> rolesAllowed(Optional<? extends JavaAnnotation<?>> annotation) {
        return annotation.map(
                a -> a.get("value").map(v -> Arrays.asList((String[]) v)).orElse(List.of()));
    }

    @Test
    void everyPlatformBundleHasItsResourcesWalked() {
        Map<String, List<String>> perBundle = new TreeMap<>();
        for (JavaClass resource : resources) {
            perBundle
                    .computeIfAbsent(PlatformClasses.bundleOf(resource, BUNDLES).orElseThrow(), b -> new ArrayList<>())
                    .add(resource.getSimpleName());
        }
        assertThat(perBundle.keySet())
                .as("bundles with resource classes: %s", perBundle)
                .containsExactlyInAnyOrderElementsOf(BUNDLES);
        assertThat(resourceMethods()).hasSizeGreaterThan(100);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        List<String> problems = new ArrayList<>();
        for (JavaMethod method : resourceMethods()) {
            JavaClass owner = method.getOwner();
            boolean methodRoles = method.isAnnotatedWith(ROLES_ALLOWED);
            boolean methodPublic = method.isAnnotatedWith(PUBLIC_ENDPOINT);
            boolean classRoles = owner.isAnnotatedWith(ROLES_ALLOWED);
            boolean classPublic = owner.isAnnotatedWith(PUBLIC_ENDPOINT);
            String name = owner.getSimpleName() + "#" + method.getName();
            if (!methodRoles && !methodPublic && !classRoles && !classPublic) {
                problems.add(name + ": neither @RolesAllowed nor @PublicEndpoint (it would be refused for everyone)");
            }
            if (methodRoles && methodPublic || classRoles && classPublic) {
                problems.add(name + ": both @RolesAllowed and @PublicEndpoint on one element; choose one");
            }
            if (methodRoles && classPublic) {
                // the authentication filter takes a public class as public throughout: no session, no CSRF check
                problems.add(name + ": @RolesAllowed in a @PublicEndpoint class; mark the public methods instead");
            }
            Stream.concat(method.getAnnotations().stream(), owner.getAnnotations().stream())
                    .map(a -> a.getRawType().getName())
                    .filter(UNSUPPORTED::contains)
                    .distinct()
                    .forEach(a -> problems.add(name + ": @" + a.substring(a.lastIndexOf('.') + 1)
                            + " is not enforced; use @RolesAllowed(Access.SIGNED_IN) or @PublicEndpoint"));
        }
        assertThat(problems).as("resource methods without a clear access rule").isEmpty();
    }

    @Test
    void everyRoleNamedIsARoleIdOrSignedIn() {
        Set<String> known = Stream.concat(Arrays.stream(Role.values()).map(Role::id), Stream.of(Access.SIGNED_IN))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        for (JavaClass resource : resources) {
            rolesAllowed(resource.tryGetAnnotationOfType(ROLES_ALLOWED))
                    .ifPresent(roles -> check(resource.getSimpleName(), roles, known, problems));
            for (JavaMethod method : resource.getMethods()) {
                rolesAllowed(method.tryGetAnnotationOfType(ROLES_ALLOWED))
                        .ifPresent(roles ->
                                check(resource.getSimpleName() + "#" + method.getName(), roles, known, problems));
            }
        }
        assertThat(problems).as("role names that are neither %s", known).isEmpty();
    }

    private static void check(String where, List<String> roles, Set<String> known, List<String> problems) {
        if (roles.isEmpty()) {
            problems.add(where + ": @RolesAllowed names no role");
        }
        roles.stream()
                .filter(r -> !known.contains(r))
                .forEach(r -> problems.add(where + ": unknown role \"" + r + "\""));
    }
}
