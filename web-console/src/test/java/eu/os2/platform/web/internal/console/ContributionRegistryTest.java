package eu.os2.platform.web.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContributionRegistryTest {

    private static ConsoleContribution page(String id, int order, Role role) {
        return new ConsoleContribution() {
            public String id() {
                return id;
            }

            public String titleDa() {
                return id;
            }

            public String titleEn() {
                return id;
            }

            public int menuOrder() {
                return order;
            }

            public String pageModule() {
                return "/console/plugins/" + id + "/page.js";
            }

            public Role requiredRole() {
                return role;
            }
        };
    }

    @Test
    void menuFollowsServicesRolesAndOrder() {
        ContributionRegistry registry = new ContributionRegistry();
        ConsoleContribution plugins = page("plugins", 900, Role.SECRETARIAT);
        ConsoleContribution members = new MembersPage();
        ConsoleContribution hello = page("hello", 500, null);
        registry.addContribution(plugins);
        registry.addContribution(hello);
        registry.addContribution(members);
        registry.addContribution(page("Bad Id", 1, null));

        PlatformUser viewer = new PlatformUser(1, "v", "V", Set.of(Role.VIEWER), null);
        PlatformUser secretariat = new PlatformUser(2, "s", "S", Set.of(Role.SECRETARIAT), null);
        assertThat(registry.visibleTo(viewer))
                .extracting(ConsoleContribution::id)
                .containsExactly("members", "hello");
        assertThat(registry.visibleTo(secretariat))
                .extracting(ConsoleContribution::id)
                .containsExactly("members", "hello", "plugins");

        registry.removeContribution(hello);
        assertThat(registry.visibleTo(secretariat))
                .extracting(ConsoleContribution::id)
                .containsExactly("members", "plugins");
    }
}
