package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.user.AccountStatus;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserAccount;
import eu.os2.platform.api.validation.ValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Accounts and invitations in tables {@code core_user} and {@code core_invitation}. */
final class UserStore {

    /** An account with its password hash ({@code null} while invited, or when it signs on only through a provider). */
    record Stored(UserAccount account, String passwordHash) {}

    /** An invitation row. */
    record InvitationRow(long id, long userId, Instant expires, Instant used, boolean revoked) {}

    private static final String COLUMNS =
            "u.id, u.username, u.email, u.display_name, u.roles, u.organisation_id, u.enabled, "
                    + "u.password_hash, u.signon_subject, u.created_at, u.version, (SELECT MAX(i.expires_at) FROM core_invitation i "
                    + "WHERE i.user_id = u.id AND i.used_at IS NULL AND i.revoked = FALSE) AS invitation_expires";

    private final DataSource dataSource;
    private final JdbcQueries db;

    UserStore(DataSource dataSource) {
        this.dataSource = Transactions.joining(dataSource);
        this.db = new JdbcQueries(this.dataSource, "users");
    }

    /** Runs a whole change in one transaction: the store's writes, its reads and its audit entry. */
    <T> T inTransaction(Supplier<T> work) {
        return Transactions.run(dataSource, work);
    }

    JdbcQueries db() {
        return db;
    }

    Optional<Stored> byUsername(String username) {
        return db.query(
                "SELECT " + COLUMNS + " FROM core_user u WHERE u.username = ?",
                ps -> ps.setString(1, username),
                UserStore::one);
    }

    Optional<Stored> byId(long id) {
        return db.query(
                "SELECT " + COLUMNS + " FROM core_user u WHERE u.id = ?", ps -> ps.setLong(1, id), UserStore::one);
    }

    boolean emailTaken(String email) {
        return db.query(
                "SELECT 1 FROM core_user WHERE email = ? OR username = ?",
                ps -> {
                    ps.setString(1, email);
                    ps.setString(2, email);
                },
                ResultSet::next);
    }

    List<Stored> search(String search) {
        String like =
                search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
        String where = like == null
                ? ""
                : " WHERE LOWER(u.display_name) LIKE ? OR LOWER(u.username) LIKE ? OR LOWER(u.email) LIKE ?";
        return db.query(
                "SELECT " + COLUMNS + " FROM core_user u" + where + " ORDER BY LOWER(u.display_name), u.id",
                ps -> {
                    if (like != null) {
                        ps.setString(1, like);
                        ps.setString(2, like);
                        ps.setString(3, like);
                    }
                },
                rows -> {
                    List<Stored> all = new ArrayList<>();
                    while (rows.next()) {
                        all.add(read(rows));
                    }
                    return all;
                });
    }

    long insertInvited(
            Connection con, String email, String displayName, Set<Role> roles, Long organisationId, Instant now)
            throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "INSERT INTO core_user (username, email, display_name, roles, "
                        + "organisation_id, enabled, demo, created_at, version) VALUES (?, ?, ?, ?, ?, TRUE, FALSE, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, email);
            ps.setString(2, email);
            ps.setString(3, displayName);
            ps.setString(4, roleText(roles));
            setOrganisation(ps, 5, organisationId);
            ps.setObject(6, now.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** @return whether the row had the expected version (and so was changed) */
    boolean update(Connection con, long id, long version, String displayName, Set<Role> roles, Long organisationId)
            throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("UPDATE core_user SET display_name = ?, roles = ?, organisation_id = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setString(1, displayName);
            ps.setString(2, roleText(roles));
            setOrganisation(ps, 3, organisationId);
            ps.setLong(4, id);
            ps.setLong(5, version);
            return ps.executeUpdate() == 1;
        }
    }

    /** Creates the user, or replaces its name, roles, organisation and password (and enables it). */
    void upsert(
            Connection con,
            String username,
            String displayName,
            String roleText,
            Long organisationId,
            String hash,
            boolean demo,
            Instant now)
            throws SQLException {
        boolean exists;
        try (PreparedStatement ps = con.prepareStatement("SELECT 1 FROM core_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rows = ps.executeQuery()) {
                exists = rows.next();
            }
        }
        String sql = exists
                ? "UPDATE core_user SET display_name = ?, roles = ?, organisation_id = ?, password_hash = ?, demo = ?, enabled = TRUE, "
                        + "version = version + 1 WHERE username = ?"
                : "INSERT INTO core_user (display_name, roles, organisation_id, password_hash, demo, username, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setString(1, displayName);
            ps.setString(2, roleText);
            setOrganisation(ps, 3, organisationId);
            ps.setString(4, hash);
            ps.setBoolean(5, demo);
            ps.setString(6, username);
            if (!exists) {
                ps.setObject(7, now.atOffset(ZoneOffset.UTC));
            }
            ps.executeUpdate();
        }
    }

    /** @return how many demo users were removed */
    int deleteDemo(Connection con) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("DELETE FROM core_user WHERE demo = TRUE")) {
            return ps.executeUpdate();
        }
    }

    void setEnabled(Connection con, long id, boolean enabled) throws SQLException {
        execute(con, "UPDATE core_user SET enabled = ?, version = version + 1 WHERE id = ?", ps -> {
            ps.setBoolean(1, enabled);
            ps.setLong(2, id);
        });
    }

    void setPassword(Connection con, long id, String hash) throws SQLException {
        execute(con, "UPDATE core_user SET password_hash = ?, version = version + 1 WHERE id = ?", ps -> {
            ps.setString(1, hash);
            ps.setLong(2, id);
        });
    }

    /** Revokes the user's open invitations and stores a new one. */
    void invite(Connection con, long userId, String tokenHash, Instant now, Instant expires) throws SQLException {
        execute(
                con,
                "UPDATE core_invitation SET revoked = TRUE WHERE user_id = ? AND used_at IS NULL",
                ps -> ps.setLong(1, userId));
        execute(
                con,
                "INSERT INTO core_invitation (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setLong(1, userId);
                    ps.setString(2, tokenHash);
                    ps.setObject(3, now.atOffset(ZoneOffset.UTC));
                    ps.setObject(4, expires.atOffset(ZoneOffset.UTC));
                });
    }

    Optional<InvitationRow> invitation(String tokenHash) {
        return db.query(
                "SELECT id, user_id, expires_at, used_at, revoked FROM core_invitation WHERE token_hash = ?",
                ps -> ps.setString(1, tokenHash),
                rows -> rows.next()
                        ? Optional.of(new InvitationRow(
                                rows.getLong(1),
                                rows.getLong(2),
                                instant(rows, 3),
                                instant(rows, 4),
                                rows.getBoolean(5)))
                        : Optional.empty());
    }

    /** @return whether this call used the invitation up (false if another got there first) */
    boolean useInvitation(Connection con, long invitationId, Instant now) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "UPDATE core_invitation SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked = FALSE")) {
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            ps.setLong(2, invitationId);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Stored> bySignOn(String issuer, String subject) {
        return db.query(
                "SELECT " + COLUMNS + " FROM core_user u WHERE u.signon_issuer = ? AND u.signon_subject = ?",
                ps -> {
                    ps.setString(1, issuer);
                    ps.setString(2, subject);
                },
                UserStore::one);
    }

    Optional<Stored> byLoginOrEmail(String name) {
        return db.query(
                "SELECT " + COLUMNS
                        + " FROM core_user u WHERE LOWER(u.username) = ? OR LOWER(u.email) = ? ORDER BY u.id",
                ps -> {
                    ps.setString(1, name);
                    ps.setString(2, name);
                },
                UserStore::one);
    }

    /** Links the account to a provider's identity and uses up its open invitations. */
    void linkSignOn(Connection con, long id, String issuer, String subject, Instant now) throws SQLException {
        execute(
                con,
                "UPDATE core_user SET signon_issuer = ?, signon_subject = ?, version = version + 1 WHERE id = ?",
                ps -> {
                    ps.setString(1, issuer);
                    ps.setString(2, subject);
                    ps.setLong(3, id);
                });
        execute(
                con,
                "UPDATE core_invitation SET used_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked = FALSE",
                ps -> {
                    ps.setObject(1, now.atOffset(ZoneOffset.UTC));
                    ps.setLong(2, id);
                });
    }

    void deleteSessions(Connection con, long userId) throws SQLException {
        execute(con, "DELETE FROM core_session WHERE user_id = ?", ps -> ps.setLong(1, userId));
    }

    Stored require(long id) {
        return byId(id).orElseThrow(() -> new NoSuchElementException("no user " + id));
    }

    /** Runs the work in one transaction; a unique-key refusal is the e-mail address being taken. */
    <T> T write(String what, JdbcQueries.Work<T> work) {
        try {
            return db.transactionResult(work);
        } catch (SQLException e) {
            if (DuplicateKeyException.isDuplicateKey(e)) {
                throw new ValidationException(Map.of("email", "taken"));
            }
            throw new StorageException("cannot " + what, e);
        }
    }

    /** What the audit log keeps of an account: never a password, hash or token. */
    static Map<String, Object> snapshot(UserAccount a) {
        return Map.of(
                "username",
                a.username(),
                "displayName",
                a.displayName(),
                "roles",
                UserStore.roleText(a.roles()),
                "organisationId",
                a.organisationId() == null ? "" : a.organisationId(),
                "status",
                a.status().name());
    }

    static String roleText(Set<Role> roles) {
        return RoleColumn.text(roles);
    }

    private static void setOrganisation(PreparedStatement ps, int index, Long organisationId) throws SQLException {
        if (organisationId == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, organisationId);
        }
    }

    private static void execute(Connection con, String sql, JdbcQueries.Binder binder) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        }
    }

    private static Optional<Stored> one(ResultSet rows) throws SQLException {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Stored read(ResultSet rows) throws SQLException {
        String hash = rows.getString("password_hash");
        boolean enabled = rows.getBoolean("enabled");
        boolean canSignIn = hash != null || rows.getString("signon_subject") != null;
        AccountStatus status =
                !enabled ? AccountStatus.DEACTIVATED : canSignIn ? AccountStatus.ACTIVE : AccountStatus.INVITED;
        OffsetDateTime invitation = rows.getObject("invitation_expires", OffsetDateTime.class);
        UserAccount account = new UserAccount(
                rows.getLong("id"),
                rows.getString("username"),
                rows.getString("email"),
                rows.getString("display_name"),
                RoleColumn.roles(rows.getString("roles")),
                rows.getObject("organisation_id", Long.class),
                status,
                rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                invitation == null ? null : invitation.toInstant(),
                rows.getLong("version"));
        return new Stored(account, hash);
    }
}
