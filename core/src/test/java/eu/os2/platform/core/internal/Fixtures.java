package eu.os2.platform.core.internal;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.demo.DemoDirectory;
import eu.os2.platform.core.internal.demo.MunicipalityCsv.Municipality;
import eu.os2.platform.core.internal.member.MemberServiceImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Test helpers: a clock that can be moved, and a directory with Aarhus, KOMBIT and supplier partners. */
public final class Fixtures {

    private Fixtures() {}

    /** A clock that tests move forward. */
    public static final class MovableClock implements PlatformClock {
        private final AtomicReference<Instant> now;

        public MovableClock(String instant) {
            now = new AtomicReference<>(Instant.parse(instant));
        }

        @Override
        public Clock clock() {
            return Clock.fixed(now.get(), ZoneOffset.UTC);
        }

        public void advance(Duration duration) {
            now.updateAndGet(i -> i.plus(duration));
        }
    }

    /** The directory's organisations: Aarhus (a member municipality), SKI, KOMBIT (no membership), a region, suppliers. */
    public static MemberServiceImpl directory(DataSource dataSource, AuditLog audit, PlatformClock clock) {
        PlatformStorage storage = new PlatformStorage() {
            public DataSource dataSource() {
                return dataSource;
            }

            public DatabaseKind kind() {
                return DatabaseKind.H2;
            }

            public void migrate(Bundle bundle, String changelogPath) {}
        };
        EventAdmin events = new EventAdmin() {
            public void postEvent(Event event) {}

            public void sendEvent(Event event) {}
        };
        MemberServiceImpl members = new MemberServiceImpl(storage, audit, clock, events);
        PlatformUser system = new PlatformUser(0, "system", "System", Set.of(Role.ADMIN), null);
        DemoDirectory.organisations(List.of(new Municipality(751, "Aarhus", "Region Midtjylland", 367_095, "large")))
                .forEach(o -> members.create(o, system));
        return members;
    }

    /** @return the id of the organisation with this exact name */
    public static long id(MemberServiceImpl members, String name) {
        return members
                .search(new eu.os2.platform.api.member.MemberQuery(name, null, null, false, 0, 5))
                .items()
                .stream()
                .filter(o -> o.name().equals(name))
                .map(Organisation::id)
                .findFirst()
                .orElseThrow();
    }
}
