package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.user.Role;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from {@code etc/eu.os2.platform.core.cfg} when the platform has
 * none. There is no built-in account and no default password: without this configuration (or demo
 * mode) nobody can log in.
 */
@Component(
        configurationPid = "eu.os2.platform.core",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = FirstAdmin.Config.class)
public class FirstAdmin {

    @ObjectClassDefinition(
            name = "OS2 platform core",
            description = "First administrator, created at first boot; invitations")
    public @interface Config {
        @AttributeDefinition(name = "Administrator username", required = false)
        String admin_username() default "";

        @AttributeDefinition(name = "Administrator display name", required = false)
        String admin_displayName() default "Administrator";

        @AttributeDefinition(
                name = "Initial password",
                description =
                        "At least 12 characters. Used only while no administrator exists; remove it after the first login.",
                type = AttributeType.PASSWORD,
                required = false)
        String admin_initialPassword() default "";

        @AttributeDefinition(
                name = "Invitation expiry (hours)",
                description = "How long an invitation link works",
                min = "1")
        int invitation_expiryHours() default 72;
    }

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    @Activate
    public FirstAdmin(@Reference SystemUsers users, Config config) {
        if (users.hasAdmin()) {
            if (!config.admin_initialPassword().isEmpty()) {
                LOG.warn("An administrator exists: remove admin.initialPassword from etc/eu.os2.platform.core.cfg");
            }
            return;
        }
        if (config.admin_username().isBlank() || config.admin_initialPassword().isEmpty()) {
            LOG.warn(
                    "No administrator exists. Set admin.username and admin.initialPassword in etc/eu.os2.platform.core.cfg");
            return;
        }
        try {
            users.save(
                    config.admin_username().strip(),
                    config.admin_displayName(),
                    Set.of(Role.ADMIN),
                    null,
                    config.admin_initialPassword().toCharArray(),
                    false,
                    "system");
            LOG.info("Created the first administrator {}", config.admin_username());
        } catch (IllegalArgumentException e) {
            LOG.error("Cannot create the first administrator from etc/eu.os2.platform.core.cfg: {}", e.getMessage());
        }
    }
}
