package eu.os2.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.user.Role;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessTest {

    /** @return every public constant of {@link Access}: field name → value */
    private static Map<String, String> constants() {
        return Arrays.stream(Access.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .collect(Collectors.toMap(Field::getName, AccessTest::value, (a, b) -> a, TreeMap::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eachRoleConstantIsTheRolesId() {
        Map<String, String> constants = constants();
        for (Role role : Role.values()) {
            assertThat(constants).as("Access.%s", role.name()).containsEntry(role.name(), role.id());
        }
    }

    @Test
    void thereIsNoConstantBesideTheRolesAndSignedIn() {
        Map<String, String> expected = new TreeMap<>();
        for (Role role : Role.values()) {
            expected.put(role.name(), role.id());
        }
        expected.put("SIGNED_IN", "**");
        assertThat(constants()).isEqualTo(expected);
    }

    @Test
    void signedInIsNoRoleId() {
        assertThat(Arrays.stream(Role.values()).map(Role::id)).doesNotContain(Access.SIGNED_IN);
    }
}
