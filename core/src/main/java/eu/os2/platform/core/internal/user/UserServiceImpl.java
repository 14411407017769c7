package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.core.internal.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Users in table {@code core_user}. */
@Component(service = {UserService.class, UserServiceImpl.class})
public class UserServiceImpl implements UserService {

    /** Shorter passwords are refused. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final String COLUMNS = "id, username, display_name, roles, organisation_id, password_hash";
    // Verifying against this keeps the time of a login for an unknown user like that of a known one.
    // Made at the first such login, not at start: an Argon2 hash costs tens of milliseconds.
    private volatile String dummyHash;

    private final DataSource dataSource;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final PasswordHasher hasher;

    @Activate
    public UserServiceImpl(@Reference PlatformStorage storage, @Reference AuditLog audit, @Reference PlatformClock clock) {
        this(storage.dataSource(), audit, clock, new PasswordHasher());
    }

    UserServiceImpl(DataSource dataSource, AuditLog audit, PlatformClock clock, PasswordHasher hasher) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
        this.hasher = hasher;
    }

    @Override
    public Optional<PlatformUser> authenticate(String username, char[] password) {
        Optional<Row> row = row(username);
        if (row.isEmpty()) {
            hasher.verify(password, dummyHash());
            return Optional.empty();
        }
        return hasher.verify(password, row.get().hash) ? Optional.of(row.get().user) : Optional.empty();
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash("not a password of anyone".toCharArray());
            dummyHash = hash;
        }
        return hash;
    }

    @Override
    public Optional<PlatformUser> find(String username) {
        return row(username).map(r -> r.user);
    }

    @Override
    public List<PlatformUser> list() {
        List<PlatformUser> users = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM core_user WHERE enabled = TRUE ORDER BY username");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                users.add(read(rows).user);
            }
            return users;
        } catch (SQLException e) {
            throw new StorageException("cannot read users", e);
        }
    }

    @Override
    public PlatformUser save(String username, String displayName, Set<Role> roles, Long organisationId, char[] password) {
        return save(username, displayName, roles, organisationId, password, false, "system");
    }

    /** Creates or replaces a user; {@code demo} marks users that exist only while demo data is on. */
    public PlatformUser save(
            String username, String displayName, Set<Role> roles, Long organisationId, char[] password, boolean demo,
            String actor) {
        check(username, displayName, roles, organisationId, password);
        String hash = hasher.hash(password);
        String roleText = roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection()) {
            boolean exists = row(username).isPresent();
            String sql = exists
                    ? "UPDATE core_user SET display_name = ?, roles = ?, organisation_id = ?, password_hash = ?, demo = ?, enabled = TRUE WHERE username = ?"
                    : "INSERT INTO core_user (display_name, roles, organisation_id, password_hash, demo, username, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, displayName);
                statement.setString(2, roleText);
                if (organisationId == null) {
                    statement.setNull(3, Types.BIGINT);
                } else {
                    statement.setLong(3, organisationId);
                }
                statement.setString(4, hash);
                statement.setBoolean(5, demo);
                statement.setString(6, username);
                if (!exists) {
                    statement.setObject(7, clock.now().atOffset(ZoneOffset.UTC));
                }
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot store user " + username, e);
        }
        PlatformUser saved = find(username).orElseThrow();
        // never the hash: the audit log is readable by staff
        audit.append(actor, "user.save", "user", username, null,
                Json.write(Map.of("username", username, "roles", roleText, "demo", demo)));
        return saved;
    }

    /** Removes every demo user; returns how many there were. */
    public int deleteDemoUsers() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM core_user WHERE demo = TRUE")) {
            int removed = statement.executeUpdate();
            if (removed > 0) {
                audit.append("system", "user.delete-demo", "user", "*", null, Json.write(Map.of("removed", removed)));
            }
            return removed;
        } catch (SQLException e) {
            throw new StorageException("cannot remove demo users", e);
        }
    }

    /** @return whether an enabled admin exists */
    public boolean hasAdmin() {
        return list().stream().anyMatch(u -> u.roles().contains(Role.ADMIN));
    }

    static void check(String username, String displayName, Set<Role> roles, Long organisationId, char[] password) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new IllegalArgumentException("username must be 3-64 letters, digits, '.', '-', '_' or '@'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("display name must be 1-200 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        if (roles.contains(Role.MEMBER_REPRESENTATIVE) != (organisationId != null)) {
            throw new IllegalArgumentException("an organisation is required for, and only for, a member representative");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private record Row(PlatformUser user, String hash) {}

    private Optional<Row> row(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM core_user WHERE username = ? AND enabled = TRUE")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read user", e);
        }
    }

    private static Row read(ResultSet rows) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rows.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::fromId).forEach(roles::add);
        Long organisation = rows.getObject("organisation_id", Long.class);
        return new Row(new PlatformUser(rows.getLong("id"), rows.getString("username"), rows.getString("display_name"),
                roles, organisation), rows.getString("password_hash"));
    }
}
