package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.user.RoleColumn;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import javax.sql.DataSource;

/** Organisations and people written straight into core's tables, and free ports, for the outbox's tests. */
public final class MailFixtures {

    private MailFixtures() {}

    /** @return a new organisation's id */
    public static long organisation(DataSource dataSource, String name, int number) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement(
                        "INSERT INTO core_organisation (cvr, name, kind, version) VALUES (?, ?, 'MUNICIPALITY', 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, String.format("%08d", 30_000_000 + number));
            ps.setString(2, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * @param active whether the account can sign in (else it is invited)
     * @return a new account's id
     */
    public static long person(
            DataSource dataSource,
            String username,
            String email,
            Language language,
            Set<Role> roles,
            Long organisationId,
            boolean active)
            throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement(
                        "INSERT INTO core_user (username, email, display_name, password_hash, roles, organisation_id, "
                                + "enabled, demo, created_at, version, language) VALUES (?, ?, ?, ?, ?, ?, TRUE, FALSE, ?, 0, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, username);
            ps.setString(2, email);
            ps.setString(3, "Person " + username);
            ps.setString(4, active ? "not-a-real-hash" : null);
            ps.setString(5, RoleColumn.text(roles));
            if (organisationId == null) {
                ps.setNull(6, java.sql.Types.BIGINT);
            } else {
                ps.setLong(6, organisationId);
            }
            ps.setObject(7, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            ps.setString(8, language.code());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Switches an account off. */
    public static void deactivate(DataSource dataSource, long userId) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE core_user SET enabled = FALSE WHERE id = ?")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
    }

    /** @return the number of outbox rows in a state */
    public static int count(DataSource dataSource, String state) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("SELECT COUNT(*) FROM core_outbox WHERE state = ?")) {
            ps.setString(1, state);
            try (ResultSet rows = ps.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** @return a port nobody listens on now */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
