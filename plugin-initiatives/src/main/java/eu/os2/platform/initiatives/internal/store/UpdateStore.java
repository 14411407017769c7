package eu.os2.platform.initiatives.internal.store;

import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.ProgressUpdate;
import eu.os2.platform.api.storage.JdbcQueries;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Dated progress updates ({@code initiatives_update}), each posted in one transaction with the status change it carries. */
public class UpdateStore {

    private final JdbcQueries queries;

    public UpdateStore(DataSource dataSource) {
        this.queries = new JdbcQueries(dataSource, Rows.AREA);
    }

    /**
     * Stores a progress update; with a status change, changes the initiative's status (and its
     * completion note, when one is given) in the same transaction.
     *
     * @param expectedVersion the version the poster saw, or null to post regardless
     * @return the stored update, or empty if the initiative's version was not {@code expectedVersion};
     *     then nothing changed
     */
    public Optional<ProgressUpdate> postUpdate(
            long initiativeId,
            Long expectedVersion,
            String statusFrom,
            NewProgressUpdate update,
            String author,
            Instant now) {
        return Rows.write(queries, "cannot store progress update", connection -> {
            // the initiative's row is locked first, so a concurrent status change and this update are ordered
            try (PreparedStatement lock =
                    connection.prepareStatement("SELECT version FROM initiatives_initiative WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, initiativeId);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next() || (expectedVersion != null && rows.getLong(1) != expectedVersion)) {
                        // nothing has been written: the transaction ends with nothing changed
                        return Optional.empty();
                    }
                }
            }
            if (update.status() != null) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "UPDATE initiatives_initiative SET status = ?,"
                                + " completion_note = COALESCE(?, completion_note), updated_at = ?, version = version + 1 WHERE id = ?")) {
                    statement.setString(1, update.status());
                    statement.setString(2, update.completionNote());
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setLong(4, initiativeId);
                    statement.executeUpdate();
                }
            }
            // stored with microseconds on both databases: answer with what a later read gives
            Instant recordedAt = now.truncatedTo(ChronoUnit.MICROS);
            long id;
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO initiatives_update (initiative_id,"
                            + " update_date, text, author, status_from, status_to, links, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, initiativeId);
                statement.setDate(2, Date.valueOf(update.date()));
                statement.setString(3, update.text());
                statement.setString(4, author);
                statement.setString(5, update.status() == null ? null : statusFrom);
                statement.setString(6, update.status());
                statement.setString(7, Rows.writeLinks(update.links()));
                statement.setTimestamp(8, Timestamp.from(recordedAt));
                statement.executeUpdate();
                id = Rows.generatedKey(statement);
            }
            return Optional.of(new ProgressUpdate(
                    id,
                    initiativeId,
                    update.date(),
                    update.text(),
                    author,
                    update.status() == null ? null : statusFrom,
                    update.status(),
                    update.links(),
                    recordedAt));
        });
    }

    /** @return the initiative's updates, the latest first */
    public List<ProgressUpdate> updates(long initiativeId) {
        return queries.query(
                "SELECT id, initiative_id, update_date, text, author, status_from, status_to, links, recorded_at"
                        + " FROM initiatives_update WHERE initiative_id = ? ORDER BY update_date DESC, id DESC",
                statement -> statement.setLong(1, initiativeId),
                rows -> {
                    List<ProgressUpdate> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new ProgressUpdate(
                                rows.getLong("id"),
                                rows.getLong("initiative_id"),
                                rows.getDate("update_date").toLocalDate(),
                                rows.getString("text"),
                                rows.getString("author"),
                                rows.getString("status_from"),
                                rows.getString("status_to"),
                                Rows.readLinks(rows.getString("links")),
                                rows.getTimestamp("recorded_at").toInstant()));
                    }
                    return result;
                });
    }
}
