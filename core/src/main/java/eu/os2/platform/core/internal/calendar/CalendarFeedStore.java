package eu.os2.platform.core.internal.calendar;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.core.internal.user.RoleColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/** The rows of {@code core_calendar_feed}: one per person, holding the hash of their feed token. */
final class CalendarFeedStore {

    /** A feed's owner: an active account, and the language they chose. */
    record Owner(PlatformUser user, Language language) {}

    private final JdbcQueries db;

    CalendarFeedStore(DataSource dataSource) {
        this.db = new JdbcQueries(dataSource, "calendar feeds");
    }

    /** Replaces the user's token; the row's old hash stops matching. */
    void replace(long userId, String tokenHash, Instant now) {
        write("renew the calendar feed of user " + userId, con -> {
            delete(con, userId);
            try (PreparedStatement insert = con.prepareStatement(
                    "INSERT INTO core_calendar_feed (user_id, token_hash, created_at) VALUES (?, ?, ?)")) {
                insert.setLong(1, userId);
                insert.setString(2, tokenHash);
                insert.setObject(3, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** @return whether the user had a token */
    boolean delete(long userId) {
        return write("revoke the calendar feed of user " + userId, con -> delete(con, userId) > 0);
    }

    Optional<Instant> created(long userId) {
        return db.query(
                "SELECT created_at FROM core_calendar_feed WHERE user_id = ?",
                ps -> ps.setLong(1, userId),
                rows -> rows.next()
                        ? Optional.of(rows.getObject(1, OffsetDateTime.class).toInstant())
                        : Optional.empty());
    }

    /** @return the owner of the token's hash, if the account is active */
    Optional<Owner> owner(String tokenHash) {
        return db.query(
                "SELECT u.id, u.username, u.display_name, u.roles, u.organisation_id, u.language "
                        + "FROM core_calendar_feed f JOIN core_user u ON u.id = f.user_id "
                        + "WHERE f.token_hash = ? AND u.enabled = TRUE "
                        + "AND (u.password_hash IS NOT NULL OR u.signon_subject IS NOT NULL)",
                ps -> ps.setString(1, tokenHash),
                rows -> {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    PlatformUser user = new PlatformUser(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            RoleColumn.roles(rows.getString(4)),
                            rows.getObject(5, Long.class));
                    return Optional.of(new Owner(user, language(rows.getString(6))));
                });
    }

    private static Language language(String code) {
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            return Language.DA;
        }
    }

    private static int delete(Connection con, long userId) throws SQLException {
        try (PreparedStatement delete = con.prepareStatement("DELETE FROM core_calendar_feed WHERE user_id = ?")) {
            delete.setLong(1, userId);
            return delete.executeUpdate();
        }
    }

    private <T> T write(String what, JdbcQueries.Work<T> work) {
        try {
            return db.transactionResult(work);
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
