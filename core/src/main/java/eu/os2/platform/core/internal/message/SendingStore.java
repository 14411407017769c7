package eu.os2.platform.core.internal.message;

import static eu.os2.platform.core.internal.message.OutboxStore.bindLongs;
import static eu.os2.platform.core.internal.message.OutboxStore.cut;
import static eu.os2.platform.core.internal.message.OutboxStore.language;
import static eu.os2.platform.core.internal.message.OutboxStore.marks;
import static eu.os2.platform.core.internal.message.OutboxStore.time;

import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The outbox as the sender works through it: claiming due messages, reading them, and recording
 * each try's outcome. Every step is its own short transaction, never the caller's.
 */
final class SendingStore {

    /** A claimed message, ready to send. */
    record Claimed(
            long id,
            String address,
            Language language,
            String subject,
            String body,
            String messageId,
            int attempts,
            List<Attachment> attachments) {}

    private final JdbcQueries db;

    /** @param dataSource the platform's DataSource */
    SendingStore(DataSource dataSource) {
        this.db = new JdbcQueries(dataSource, "outbox");
    }

    /**
     * Claims up to {@code limit} due messages for a node: each with a compare-and-set update of its
     * own, so that of two nodes reading the same rows only one gets each.
     *
     * @return the claimed messages' ids, oldest first
     */
    List<Long> claim(String node, Instant now, Instant until, int limit) {
        List<Long> candidates = db.query(
                "SELECT id FROM core_outbox WHERE (state = 'WAITING' AND next_attempt_at <= ?) "
                        + "OR (state = 'SENDING' AND claimed_until < ?) ORDER BY id LIMIT ?",
                ps -> {
                    ps.setObject(1, time(now));
                    ps.setObject(2, time(now));
                    ps.setInt(3, limit);
                },
                rows -> {
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                });
        List<Long> claimed = new ArrayList<>();
        for (long id : candidates) {
            boolean mine = write("claim message " + id, con -> {
                try (PreparedStatement ps = con.prepareStatement(
                        // taking over a claim whose node died counts as a try: a message that brings a node
                        // down is not sent for ever
                        "UPDATE core_outbox SET attempts = attempts + CASE WHEN state = 'SENDING' THEN 1 ELSE 0 END, "
                                + "state = 'SENDING', claimed_by = ?, claimed_until = ? WHERE id = ? AND "
                                + "((state = 'WAITING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND claimed_until < ?))")) {
                    ps.setString(1, node);
                    ps.setObject(2, time(until));
                    ps.setLong(3, id);
                    ps.setObject(4, time(now));
                    ps.setObject(5, time(now));
                    return ps.executeUpdate() == 1;
                }
            });
            if (mine) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** @return the claimed messages with their attachments */
    List<Claimed> claimed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attachment>> files = new HashMap<>();
        write("read attachments", con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "SELECT outbox_id, file_name, media_type, content FROM core_outbox_attachment WHERE outbox_id IN ("
                            + marks(ids.size()) + ") ORDER BY outbox_id, position")) {
                bindLongs(ps, 1, ids);
                try (ResultSet rows = ps.executeQuery()) {
                    while (rows.next()) {
                        byte[] content = rows.getBytes(4);
                        files.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                                .add(new Attachment(rows.getString(2), rows.getString(3), content));
                    }
                }
            }
            return null;
        });
        return db.query(
                "SELECT id, recipient_address, language, subject, body_text, message_id, attempts FROM core_outbox "
                        + "WHERE id IN (" + marks(ids.size()) + ") ORDER BY id",
                ps -> bindLongs(ps, 1, ids),
                rows -> {
                    List<Claimed> found = new ArrayList<>();
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        found.add(new Claimed(
                                id,
                                rows.getString(2),
                                language(rows.getString(3)),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getInt(7),
                                files.getOrDefault(id, List.of())));
                    }
                    return found;
                });
    }

    /**
     * Extends this node's claim on a message just before it is sent, so that a batch that takes
     * longer than the lease is never sent by two nodes.
     *
     * @return false when the claim is no longer this node's (another node took it over): do not send
     */
    boolean renew(long id, String node, Instant now, Instant until) {
        return write("renew the claim on message " + id, con -> {
            try (PreparedStatement ps = con.prepareStatement("UPDATE core_outbox SET claimed_until = ? "
                    + "WHERE id = ? AND claimed_by = ? AND state = 'SENDING' AND claimed_until >= ?")) {
                ps.setObject(1, time(until));
                ps.setLong(2, id);
                ps.setString(3, node);
                ps.setObject(4, time(now));
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The server accepted the message. */
    void sent(long id, String node, int attempts, Instant now) {
        update(
                "UPDATE core_outbox SET state = 'SENT', sent_at = ?, attempts = ?, last_error = NULL, "
                        + "next_attempt_at = NULL, claimed_by = NULL, claimed_until = NULL "
                        + "WHERE id = ? AND claimed_by = ? AND state = 'SENDING'",
                ps -> {
                    ps.setObject(1, time(now));
                    ps.setInt(2, attempts);
                    ps.setLong(3, id);
                    ps.setString(4, node);
                });
    }

    /** The message waits for another try at {@code next}. */
    void retry(long id, String node, int attempts, Instant next, String error) {
        update(
                "UPDATE core_outbox SET state = 'WAITING', attempts = ?, next_attempt_at = ?, last_error = ?, "
                        + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND state = 'SENDING'",
                ps -> {
                    ps.setInt(1, attempts);
                    ps.setObject(2, time(next));
                    ps.setString(3, cut(error, 1000));
                    ps.setLong(4, id);
                    ps.setString(5, node);
                });
    }

    /** The message failed for good. */
    void failed(long id, String node, int attempts, String error) {
        update(
                "UPDATE core_outbox SET state = 'FAILED', attempts = ?, next_attempt_at = NULL, last_error = ?, "
                        + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND state = 'SENDING'",
                ps -> {
                    ps.setInt(1, attempts);
                    ps.setString(2, cut(error == null ? "" : error, 1000));
                    ps.setLong(3, id);
                    ps.setString(4, node);
                });
    }

    private void update(String sql, JdbcQueries.Binder binder) {
        write("update the outbox", con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
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
