package eu.os2.platform.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.web.internal.auth.AccessFilter.Outcome;
import eu.os2.platform.web.internal.auth.AccessFilter.Rule;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

class AccessFilterTest {

    static class Unmarked {
        public void open() {}

        @RolesAllowed(Access.BOARD)
        public void board() {}

        @PublicEndpoint
        public void everyone() {}
    }

    @RolesAllowed(Access.SECRETARIAT)
    static class Staff {
        public void inherited() {}

        @RolesAllowed(Access.SIGNED_IN)
        public void anyone() {}

        @PublicEndpoint
        public void published() {}

        @RolesAllowed({})
        public void nobody() {}
    }

    @PublicEndpoint
    static class Published {
        public void inherited() {}

        @RolesAllowed(Access.SECRETARIAT)
        public void closed() {}
    }

    static class Both {
        @PublicEndpoint
        @RolesAllowed(Access.SECRETARIAT)
        public void confused() {}
    }

    private static Rule rule(Class<?> type, String name) throws NoSuchMethodException {
        Method method = type.getMethod(name);
        return Rule.of(method, type);
    }

    private static Predicate<String> user(Role... roles) {
        PlatformUser user = new PlatformUser(7, "u", "U", Set.of(roles), null);
        return id -> {
            try {
                return user.hasRole(Role.fromId(id));
            } catch (IllegalArgumentException e) {
                return false;
            }
        };
    }

    private static final Predicate<String> NO_ONE = role -> {
        throw new AssertionError("no user to ask about " + role);
    };

    @Test
    void methodAnnotationWinsOverClassAnnotation() throws Exception {
        assertThat(rule(Staff.class, "inherited")).isEqualTo(new Rule(false, List.of(Access.SECRETARIAT)));
        assertThat(rule(Staff.class, "anyone")).isEqualTo(new Rule(false, List.of(Access.SIGNED_IN)));
        assertThat(rule(Staff.class, "published")).isEqualTo(new Rule(true, null));
        assertThat(rule(Published.class, "inherited")).isEqualTo(new Rule(true, null));
        assertThat(rule(Published.class, "closed")).isEqualTo(new Rule(false, List.of(Access.SECRETARIAT)));
        assertThat(rule(Unmarked.class, "board")).isEqualTo(new Rule(false, List.of(Access.BOARD)));
        assertThat(rule(Unmarked.class, "everyone")).isEqualTo(new Rule(true, null));
    }

    @Test
    void neitherAnnotationIsUndeclaredAndRefusedForEveryone() throws Exception {
        Rule undeclared = rule(Unmarked.class, "open");
        assertThat(undeclared).isEqualTo(Rule.UNDECLARED);
        assertThat(AccessFilter.decide(undeclared, false, NO_ONE)).isEqualTo(Outcome.UNDECLARED);
        assertThat(AccessFilter.decide(undeclared, true, user(Role.ADMIN))).isEqualTo(Outcome.UNDECLARED);
        assertThat(Rule.of(null, Unmarked.class)).isEqualTo(Rule.UNDECLARED);
    }

    @Test
    void publicEndpointPassesWithAndWithoutUser() throws Exception {
        Rule open = rule(Unmarked.class, "everyone");
        assertThat(AccessFilter.decide(open, false, NO_ONE)).isEqualTo(Outcome.PASS);
        assertThat(AccessFilter.decide(open, true, user(Role.VIEWER))).isEqualTo(Outcome.PASS);
    }

    @Test
    void rolesNeedASignedInUser() throws Exception {
        assertThat(AccessFilter.decide(rule(Staff.class, "anyone"), false, NO_ONE))
                .isEqualTo(Outcome.UNAUTHENTICATED);
        assertThat(AccessFilter.decide(rule(Staff.class, "inherited"), false, NO_ONE))
                .isEqualTo(Outcome.UNAUTHENTICATED);
    }

    @Test
    void signedInPassesAnyRole() throws Exception {
        Rule anyone = rule(Staff.class, "anyone");
        for (Role role : Role.values()) {
            assertThat(AccessFilter.decide(anyone, true, user(role)))
                    .as(role.id())
                    .isEqualTo(Outcome.PASS);
        }
    }

    @Test
    void oneOfTheListedRolesPassesAndAdminHoldsEvery() {
        Rule staffOrBoard = new Rule(false, List.of(Access.SECRETARIAT, Access.BOARD));
        assertThat(AccessFilter.decide(staffOrBoard, true, user(Role.SECRETARIAT)))
                .isEqualTo(Outcome.PASS);
        assertThat(AccessFilter.decide(staffOrBoard, true, user(Role.BOARD))).isEqualTo(Outcome.PASS);
        assertThat(AccessFilter.decide(staffOrBoard, true, user(Role.ADMIN))).isEqualTo(Outcome.PASS);
        assertThat(AccessFilter.decide(staffOrBoard, true, user(Role.VIEWER, Role.PARTNER)))
                .isEqualTo(Outcome.FORBIDDEN);
        assertThat(AccessFilter.decide(staffOrBoard, true, user(Role.MEMBER_REPRESENTATIVE)))
                .isEqualTo(Outcome.FORBIDDEN);
    }

    @Test
    void emptyRolesAdmitNobody() throws Exception {
        assertThat(AccessFilter.decide(rule(Staff.class, "nobody"), true, user(Role.ADMIN)))
                .isEqualTo(Outcome.FORBIDDEN);
    }

    @Test
    void rolesAllowedIsTheStricterWhereBothAreOnOneMethod() throws Exception {
        Rule both = rule(Both.class, "confused");
        assertThat(both).isEqualTo(new Rule(false, List.of(Access.SECRETARIAT)));
        assertThat(AccessFilter.decide(both, false, NO_ONE)).isEqualTo(Outcome.UNAUTHENTICATED);
    }

    @Test
    void anUnknownRoleNameAdmitsNobodyButAdmin() {
        Rule typo = new Rule(false, List.of("secretary"));
        assertThat(AccessFilter.decide(typo, true, user(Role.SECRETARIAT))).isEqualTo(Outcome.FORBIDDEN);
        // the real SecurityContext answers false for an unknown id, also for an administrator
        assertThat(AccessFilter.decide(typo, true, user(Role.ADMIN))).isEqualTo(Outcome.FORBIDDEN);
    }
}
