package eu.os2.platform.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformUserTest {

    @Test
    void adminHoldsEveryRole() {
        PlatformUser admin = new PlatformUser(1, "a", "A", Set.of(Role.ADMIN), null);
        for (Role role : Role.values()) {
            assertThat(admin.hasRole(role)).isTrue();
        }
    }

    @Test
    void representativeActsOnlyForItsOwnOrganisation() {
        PlatformUser rep = new PlatformUser(2, "r", "R", Set.of(Role.MEMBER_REPRESENTATIVE), 7L);
        assertThat(rep.mayActFor(7)).isTrue();
        assertThat(rep.mayActFor(8)).isFalse();
        assertThat(rep.hasRole(Role.SECRETARIAT)).isFalse();
        PlatformUser secretariat = new PlatformUser(3, "s", "S", Set.of(Role.SECRETARIAT), null);
        assertThat(secretariat.mayActFor(8)).isTrue();
        PlatformUser viewer = new PlatformUser(4, "v", "V", Set.of(Role.VIEWER), null);
        assertThat(viewer.mayActFor(8)).isFalse();
    }

    @Test
    void aPartnerBelongsToItsSupplierButActsForNoOne() {
        PlatformUser partner = new PlatformUser(5, "p", "P", Set.of(Role.PARTNER), 30L);
        assertThat(partner.belongsTo(30)).isTrue();
        assertThat(partner.belongsTo(31)).isFalse();
        assertThat(partner.mayActFor(30)).as("a supplier does not vote").isFalse();
        PlatformUser rep = new PlatformUser(2, "r", "R", Set.of(Role.MEMBER_REPRESENTATIVE), 7L);
        assertThat(rep.belongsTo(7)).isTrue();
        PlatformUser secretariat = new PlatformUser(3, "s", "S", Set.of(Role.SECRETARIAT), null);
        assertThat(secretariat.belongsTo(7))
                .as("staff see everything, but belong to no member")
                .isFalse();
    }

    @Test
    void roleIdsRoundTrip() {
        assertThat(Role.MEMBER_REPRESENTATIVE.id()).isEqualTo("member-representative");
        for (Role role : Role.values()) {
            assertThat(Role.fromId(role.id())).isEqualTo(role);
        }
    }
}
