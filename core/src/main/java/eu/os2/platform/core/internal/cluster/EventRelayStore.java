package eu.os2.platform.core.internal.cluster;

import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Table {@code core_event}: one row per platform event a node posted, with the database's time.
 * Reading by time window rather than by id: ids are handed out before commit, so a row with a
 * lower id can become visible after one with a higher id; within the window it is still found.
 */
final class EventRelayStore {

    /** A stored event. */
    record StoredEvent(long id, String node, String topic, String properties) {}

    private final JdbcQueries db;

    EventRelayStore(DataSource dataSource) {
        this.db = new JdbcQueries(dataSource, "event relay");
    }

    void add(String node, String topic, String properties) {
        try {
            db.transaction(con -> {
                try (PreparedStatement ps = con.prepareStatement(
                        "INSERT INTO core_event (node, topic, properties, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                    ps.setString(1, node);
                    ps.setString(2, topic);
                    ps.setString(3, properties);
                    ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageException("cannot store an event for the other nodes: " + e.getMessage(), e);
        }
    }

    /** @return the events other nodes stored in the last {@code seconds} seconds, oldest first */
    List<StoredEvent> recentFromOthers(String node, int seconds) {
        return db.query(
                "SELECT id, node, topic, properties FROM core_event WHERE node <> ?"
                        + " AND created_at >= CURRENT_TIMESTAMP - INTERVAL '" + seconds + "' SECOND ORDER BY id",
                ps -> ps.setString(1, node),
                rs -> {
                    List<StoredEvent> events = new ArrayList<>();
                    while (rs.next()) {
                        events.add(new StoredEvent(
                                rs.getLong("id"),
                                rs.getString("node"),
                                rs.getString("topic"),
                                rs.getString("properties")));
                    }
                    return events;
                });
    }

    /** Deletes the events older than {@code minutes}; @return how many */
    int deleteOlderThan(int minutes) {
        try {
            return db.transactionResult(con -> {
                try (PreparedStatement ps =
                        con.prepareStatement("DELETE FROM core_event WHERE created_at < CURRENT_TIMESTAMP - INTERVAL '"
                                + minutes + "' MINUTE")) {
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageException("cannot delete relayed events: " + e.getMessage(), e);
        }
    }
}
