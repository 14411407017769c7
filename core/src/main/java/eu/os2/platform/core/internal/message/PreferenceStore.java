package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** People's choices about their messages: {@code core_user.language} and {@code core_message_optout}. */
final class PreferenceStore {

    private final DataSource dataSource;
    private final JdbcQueries db;

    /** @param dataSource the platform's DataSource; writes join the caller's transaction */
    PreferenceStore(DataSource dataSource) {
        this.dataSource = Transactions.joining(dataSource);
        this.db = new JdbcQueries(this.dataSource, "message preferences");
    }

    /** Runs the work in one transaction, joining the caller's. */
    <T> T inTransaction(Supplier<T> work) {
        return Transactions.run(dataSource, work);
    }

    /** @return the ids of the people who switched the kind off */
    Set<Long> optedOut(String kind) {
        return db.query("SELECT user_id FROM core_message_optout WHERE kind = ?", ps -> ps.setString(1, kind), rows -> {
            Set<Long> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        });
    }

    /** @return the person's language, if the account exists */
    Optional<Language> language(long userId) {
        return db.query(
                "SELECT language FROM core_user WHERE id = ?",
                ps -> ps.setLong(1, userId),
                rows -> rows.next() ? Optional.of(OutboxStore.language(rows.getString(1))) : Optional.empty());
    }

    /** @return the kinds the person switched off */
    Set<String> switchedOff(long userId) {
        return db.query("SELECT kind FROM core_message_optout WHERE user_id = ?", ps -> ps.setLong(1, userId), rows -> {
            Set<String> kinds = new HashSet<>();
            while (rows.next()) {
                kinds.add(rows.getString(1));
            }
            return kinds;
        });
    }

    /** Stores the person's language and the kinds they switched off, replacing what was there. */
    void saveSettings(long userId, Language language, Set<String> switchedOff) {
        write("save message settings of user " + userId, con -> {
            try (PreparedStatement ps = con.prepareStatement("UPDATE core_user SET language = ? WHERE id = ?")) {
                ps.setString(1, language.code());
                ps.setLong(2, userId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM core_message_optout WHERE user_id = ?")) {
                ps.setLong(1, userId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    con.prepareStatement("INSERT INTO core_message_optout (user_id, kind) VALUES (?, ?)")) {
                for (String kind : switchedOff.stream().sorted().toList()) {
                    ps.setLong(1, userId);
                    ps.setString(2, kind);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private <T> T write(String what, JdbcQueries.Work<T> work) {
        try {
            return db.transactionResult(work);
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
