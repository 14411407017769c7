package eu.example.partner.meetings.internal;

import eu.example.partner.meetings.Entry;
import eu.example.partner.meetings.NewEntry;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The table {@code meetings_entry}. Each call is one transaction, or joins the caller's. */
class EntryStore {

    private static final String COLUMNS = "id, title, entry_date, place, host, description, version";

    private final JdbcQueries queries;

    EntryStore(DataSource dataSource) {
        this.queries = new JdbcQueries(dataSource, "meetings");
    }

    List<Entry> entries() {
        return queries.query(
                "SELECT " + COLUMNS + " FROM meetings_entry ORDER BY entry_date DESC, id DESC",
                statement -> {},
                rows -> {
                    List<Entry> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(read(rows));
                    }
                    return result;
                });
    }

    Optional<Entry> entry(long id) {
        return queries.query(
                "SELECT " + COLUMNS + " FROM meetings_entry WHERE id = ?",
                statement -> statement.setLong(1, id),
                rows -> rows.next() ? Optional.of(read(rows)) : Optional.empty());
    }

    /** @return the new entry's id */
    long insert(NewEntry entry, Instant now) {
        try {
            return queries.transactionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO meetings_entry (title, entry_date, place, host, description, created_at, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    statement.setString(1, entry.title());
                    statement.setDate(2, Date.valueOf(entry.date()));
                    statement.setString(3, entry.place());
                    statement.setString(4, entry.host());
                    statement.setString(5, entry.description());
                    statement.setTimestamp(6, Timestamp.from(now));
                    statement.executeUpdate();
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new StorageException("cannot store the entry: " + e.getMessage(), e);
        }
    }

    private static Entry read(ResultSet rows) throws SQLException {
        return new Entry(
                rows.getLong("id"),
                rows.getString("title"),
                rows.getDate("entry_date").toLocalDate(),
                rows.getString("place"),
                rows.getString("host"),
                rows.getString("description"),
                rows.getLong("version"));
    }
}
