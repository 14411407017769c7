package eu.os2.platform.core.internal.session;

import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.SessionService;
import eu.os2.platform.api.user.UserSession;
import eu.os2.platform.core.internal.Tokens;
import eu.os2.platform.core.internal.user.RoleColumn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Sessions in table {@code core_session}, keyed by the SHA-256 of the session id. Every node
 * sharing the database sees the same sessions; a restart keeps them. The last use is written at
 * most once a minute per session, so a page's burst of requests costs one read each, not a write.
 * Configured with the web console's settings in {@code etc/eu.os2.platform.web.cfg}.
 */
@Component(service = SessionService.class, configurationPid = "eu.os2.platform.web")
public class SessionStore implements SessionService {

    /** The session settings of {@code eu.os2.platform.web} (described in the web console's metatype). */
    @ObjectClassDefinition
    public @interface Config {
        @AttributeDefinition(min = "1")
        int session_idleMinutes() default 30;

        @AttributeDefinition(min = "1")
        int session_absoluteHours() default 10;

        @AttributeDefinition(min = "1")
        int session_maxPerUser() default 5;
    }

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final JdbcQueries db;
    private final PlatformClock clock;
    // changed in place when the configuration changes: a new component would restart every web component
    private volatile Duration idle;
    private volatile Duration absolute;
    private volatile int maxPerUser;

    @Activate
    public SessionStore(@Reference PlatformStorage storage, @Reference PlatformClock clock, Config config) {
        this(
                storage.dataSource(),
                clock,
                Duration.ofMinutes(config.session_idleMinutes()),
                Duration.ofHours(config.session_absoluteHours()),
                config.session_maxPerUser());
    }

    SessionStore(DataSource dataSource, PlatformClock clock, Duration idle, Duration absolute, int maxPerUser) {
        this.db = new JdbcQueries(dataSource, "sessions");
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.maxPerUser = maxPerUser;
    }

    /** A changed {@code etc/eu.os2.platform.web.cfg} applies to the next request, without a restart. */
    @Modified
    void modified(Config config) {
        this.idle = Duration.ofMinutes(config.session_idleMinutes());
        this.absolute = Duration.ofHours(config.session_absoluteHours());
        this.maxPerUser = config.session_maxPerUser();
    }

    @Override
    public UserSession start(PlatformUser user) {
        String id = Tokens.random();
        String csrf = Tokens.random();
        Instant now = now();
        try {
            db.transaction(con -> {
                // expired sessions of anyone go now and then; this user's oldest go beyond the cap
                try (PreparedStatement ps =
                        con.prepareStatement("DELETE FROM core_session WHERE last_seen_at < ? OR created_at < ?")) {
                    ps.setObject(1, now.minus(idle).atOffset(ZoneOffset.UTC));
                    ps.setObject(2, now.minus(absolute).atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = con.prepareStatement("INSERT INTO core_session "
                        + "(id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, Tokens.hash(id));
                    ps.setLong(2, user.id());
                    ps.setString(3, csrf);
                    ps.setObject(4, now.atOffset(ZoneOffset.UTC));
                    ps.setObject(5, now.atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                trimToCap(con, user.id());
            });
        } catch (SQLException e) {
            throw new StorageException("cannot start a session: " + e.getMessage(), e);
        }
        return new UserSession(id, user, csrf, now, now);
    }

    private void trimToCap(java.sql.Connection con, long userId) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT id_hash FROM core_session WHERE user_id = ? ORDER BY created_at DESC, id_hash")) {
            ps.setLong(1, userId);
            try (ResultSet rows = ps.executeQuery();
                    PreparedStatement delete = con.prepareStatement("DELETE FROM core_session WHERE id_hash = ?")) {
                int kept = 0;
                while (rows.next()) {
                    if (++kept > maxPerUser) {
                        delete.setString(1, rows.getString(1));
                        delete.addBatch();
                    }
                }
                if (kept > maxPerUser) {
                    delete.executeBatch();
                }
            }
        }
    }

    @Override
    public Optional<UserSession> resume(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.hash(id);
        Instant now = now();
        Optional<UserSession> session = db.query(
                "SELECT s.csrf_token, s.created_at, s.last_seen_at, u.id, u.username, "
                        + "u.display_name, u.roles, u.organisation_id FROM core_session s JOIN core_user u ON u.id = s.user_id "
                        + "WHERE s.id_hash = ? AND u.enabled = TRUE AND (u.password_hash IS NOT NULL OR u.signon_subject IS NOT NULL)",
                ps -> ps.setString(1, hash),
                rows -> {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    PlatformUser user = new PlatformUser(
                            rows.getLong(4),
                            rows.getString(5),
                            rows.getString(6),
                            RoleColumn.roles(rows.getString(7)),
                            rows.getObject(8, Long.class));
                    return Optional.of(
                            new UserSession(id, user, rows.getString(1), instant(rows, 2), instant(rows, 3)));
                });
        if (session.isEmpty()) {
            return session;
        }
        UserSession s = session.get();
        if (!now.isBefore(s.lastSeen().plus(idle)) || !now.isBefore(s.created().plus(absolute))) {
            end(id);
            return Optional.empty();
        }
        if (!now.isBefore(s.lastSeen().plus(TOUCH_EVERY))) {
            update("UPDATE core_session SET last_seen_at = ? WHERE id_hash = ?", ps -> {
                ps.setObject(1, now.atOffset(ZoneOffset.UTC));
                ps.setString(2, hash);
            });
            s = new UserSession(s.id(), s.user(), s.csrfToken(), s.created(), now);
        }
        return Optional.of(s);
    }

    @Override
    public void end(String id) {
        if (id != null && !id.isBlank()) {
            update("DELETE FROM core_session WHERE id_hash = ?", ps -> ps.setString(1, Tokens.hash(id)));
        }
    }

    @Override
    public int endAll(long userId) {
        return update("DELETE FROM core_session WHERE user_id = ?", ps -> ps.setLong(1, userId));
    }

    @Override
    public boolean firstUse(String token, Duration keep) {
        Instant now = now();
        try {
            return db.transactionResult(con -> {
                try (PreparedStatement ps = con.prepareStatement("DELETE FROM core_used_token WHERE expires_at < ?")) {
                    ps.setObject(1, now.atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = con.prepareStatement(
                        "INSERT INTO core_used_token (token_hash, expires_at) "
                                + "SELECT ?, ? FROM (VALUES (1)) AS one(x) WHERE NOT EXISTS (SELECT 1 FROM core_used_token WHERE token_hash = ?)")) {
                    String hash = Tokens.hash(token);
                    ps.setString(1, hash);
                    ps.setObject(2, now.plus(keep).atOffset(ZoneOffset.UTC));
                    ps.setString(3, hash);
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            if (DuplicateKeyException.isDuplicateKey(e)) {
                // another node recorded the same value at the same moment
                return false;
            }
            throw new StorageException("sessions: " + e.getMessage(), e);
        }
    }

    /** @return how many sessions the user has now */
    int count(long userId) {
        return db.query(
                "SELECT COUNT(*) FROM core_session WHERE user_id = ?",
                ps -> ps.setLong(1, userId),
                rows -> rows.next() ? rows.getInt(1) : 0);
    }

    private int update(String sql, JdbcQueries.Binder binder) {
        try {
            return db.transactionResult(con -> {
                try (PreparedStatement ps = con.prepareStatement(sql)) {
                    binder.bind(ps);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageException("sessions: " + e.getMessage(), e);
        }
    }

    private Instant now() {
        // stored timestamps keep microseconds on both databases
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
