package eu.os2.platform.core.internal.demo;

import eu.os2.platform.api.member.DirectoryReady;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.member.JdbcMemberStore;
import eu.os2.platform.core.internal.user.SystemUsers;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode, switched in {@code etc/eu.os2.platform.demo.cfg}. When on: an empty member directory
 * is filled with the demo directory, and one demo user per role exists with the configured
 * password. When off: demo users are removed (the demo organisations stay, as any data does).
 */
@Component(
        configurationPid = "eu.os2.platform.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = DemoData.Config.class)
public class DemoData {

    @ObjectClassDefinition(name = "OS2 platform demo data", description = "Demo organisations and one user per role")
    public @interface Config {
        @AttributeDefinition(name = "Enabled")
        boolean enabled() default false;

        @AttributeDefinition(
                name = "Password of the demo users",
                description = "At least 12 characters",
                type = AttributeType.PASSWORD,
                required = false)
        String password() default "";
    }

    /**
     * The demo users: username, display name, role. The member representative acts for Ballerup,
     * the partner for the first demo supplier.
     */
    public static final List<String[]> USERS = List.of(
            new String[] {"demo-admin", "Demo Administrator", "admin"},
            new String[] {"demo-secretariat", "Demo Sekretariat", "secretariat"},
            new String[] {"demo-board", "Demo Bestyrelse", "board"},
            new String[] {"demo-member", "Demo Medlemsrepræsentant (Ballerup)", "member-representative"},
            new String[] {"demo-partner", "Demo Leverandørpartner (Nordlys Software)", "partner"},
            new String[] {"demo-viewer", "Demo Læser", "viewer"});

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final PlatformUser SYSTEM = new PlatformUser(0, "system", "System", Set.of(Role.ADMIN), null);

    private ServiceRegistration<DirectoryReady> ready;

    @Activate
    public DemoData(
            @Reference PlatformStorage storage,
            @Reference MemberService members,
            @Reference SystemUsers users,
            Config config,
            BundleContext context) {
        if (!config.enabled()) {
            int removed = users.deleteDemoUsers();
            if (removed > 0) {
                LOG.info("Demo mode off: removed {} demo users", removed);
            }
            // the other bundles' demo components activate, see that demo mode is off and stay idle;
            // unannounced they would wait for ever and their bundles would count as not working
            announce(members, context);
            return;
        }
        if (new JdbcMemberStore(storage.dataSource()).isEmpty()) {
            List<OrganisationChange> organisations = DemoDirectory.organisations(municipalities());
            organisations.forEach(o -> members.create(o, SYSTEM));
            LOG.info("Demo mode: created {} organisations", organisations.size());
        }
        if (config.password().length() < SystemUsers.MIN_PASSWORD_LENGTH) {
            LOG.error(
                    "Demo mode: no demo users, the password in etc/eu.os2.platform.demo.cfg needs at least {} characters",
                    SystemUsers.MIN_PASSWORD_LENGTH);
            announce(members, context);
            return;
        }
        Long ballerup = firstNamed(members, "Ballerup");
        Long supplier = firstNamed(members, DemoDirectory.SUPPLIERS.get(0));
        for (String[] user : USERS) {
            Role role = Role.fromId(user[2]);
            Long organisation = role == Role.MEMBER_REPRESENTATIVE ? ballerup : role == Role.PARTNER ? supplier : null;
            users.save(
                    user[0],
                    user[1],
                    Set.of(role),
                    organisation,
                    config.password().toCharArray(),
                    true,
                    "system");
        }
        LOG.info("Demo mode: {} demo users ready", USERS.size());
        announce(members, context);
    }

    /** The other bundles' demo data starts now, by their reference to this service. */
    private void announce(MemberService members, BundleContext context) {
        long count =
                members.search(new MemberQuery(null, null, null, false, 0, 1)).total();
        ready = context.registerService(DirectoryReady.class, () -> count, null);
    }

    @Deactivate
    void deactivate() {
        if (ready != null) {
            try {
                ready.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping: its services are gone already
            }
        }
    }

    private static Long firstNamed(MemberService members, String name) {
        return members.search(new MemberQuery(name, null, null, false, 0, 1)).items().stream()
                .findFirst()
                .map(Organisation::id)
                .orElse(null);
    }

    static List<MunicipalityCsv.Municipality> municipalities() {
        try (Reader reader = new InputStreamReader(
                DemoData.class.getResourceAsStream("/demo/municipalities-2020Q1.csv"), StandardCharsets.UTF_8)) {
            return MunicipalityCsv.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
