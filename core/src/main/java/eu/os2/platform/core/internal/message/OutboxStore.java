package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.OutboxEntry;
import eu.os2.platform.api.message.OutboxState;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.user.RoleColumn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The outbox in tables {@code core_outbox} and {@code core_outbox_attachment}, the recipients in
 * {@code core_user}.
 */
public final class OutboxStore {

    /** A person a message goes to. */
    record Recipient(long userId, String address, Language language) {}

    /** A message to write for one recipient. */
    record NewMessage(
            String kind,
            Recipient recipient,
            String subject,
            String body,
            String reference,
            String onceKey,
            String messageId,
            List<Attachment> attachments) {}

    private static final String ENTRY_COLUMNS =
            "id, kind, recipient_user_id, recipient_address, language, subject, reference, state, attempts, "
                    + "last_error, created_at, next_attempt_at, sent_at";

    private final DataSource dataSource;
    private final JdbcQueries db;

    /** @param dataSource the platform's DataSource; writes join the caller's transaction */
    public OutboxStore(DataSource dataSource) {
        this.dataSource = Transactions.joining(dataSource);
        this.db = new JdbcQueries(this.dataSource, "outbox");
    }

    /** Runs the work in one transaction, joining the caller's. */
    <T> T inTransaction(Supplier<T> work) {
        return Transactions.run(dataSource, work);
    }

    // ---- recipients and preferences

    /** @return the accounts by id that are not deactivated and have an address */
    List<Recipient> usersById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.query(
                "SELECT id, email, language FROM core_user WHERE enabled = TRUE AND email IS NOT NULL AND id IN ("
                        + marks(ids.size()) + ") ORDER BY id",
                ps -> bindLongs(ps, 1, ids),
                OutboxStore::recipients);
    }

    /** @return the active accounts with an address that act for one of the organisations */
    List<Recipient> usersOfOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return db.query(
                "SELECT id, email, language FROM core_user WHERE " + ACTIVE_WITH_ADDRESS + " AND organisation_id IN ("
                        + marks(organisationIds.size()) + ") ORDER BY id",
                ps -> bindLongs(ps, 1, organisationIds),
                OutboxStore::recipients);
    }

    /** @return the active accounts with an address that hold one of the roles */
    List<Recipient> usersWithRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return db.query(
                "SELECT id, email, language, roles FROM core_user WHERE " + ACTIVE_WITH_ADDRESS + " ORDER BY id",
                ps -> {},
                rows -> {
                    List<Recipient> found = new ArrayList<>();
                    while (rows.next()) {
                        Set<Role> held = RoleColumn.roles(rows.getString("roles"));
                        if (held.stream().anyMatch(roles::contains)) {
                            found.add(recipient(rows));
                        }
                    }
                    return found;
                });
    }

    private static final String ACTIVE_WITH_ADDRESS =
            "enabled = TRUE AND email IS NOT NULL AND (password_hash IS NOT NULL OR signon_subject IS NOT NULL)";

    // ---- writing

    /** @return whether a message with this once-key exists */
    boolean onceKeyUsed(String onceKey) {
        return db.query(
                "SELECT 1 FROM core_outbox WHERE once_key = ?", ps -> ps.setString(1, onceKey), ResultSet::next);
    }

    /**
     * Writes the messages, each with its attachments. A message whose once-key another transaction
     * wrote in the meantime is left out (the insert runs in a savepoint, so the caller's transaction
     * goes on): written once, however often and however concurrently it is written.
     *
     * @return how many were written
     */
    int insert(List<NewMessage> messages, Instant now) {
        return write("write " + messages.size() + " messages to the outbox", con -> {
            int written = 0;
            try (PreparedStatement row = con.prepareStatement(
                            "INSERT INTO core_outbox (kind, recipient_user_id, recipient_address, language, subject, "
                                    + "body_text, reference, once_key, state, attempts, created_at, next_attempt_at, "
                                    + "message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', 0, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement file = con.prepareStatement(
                            "INSERT INTO core_outbox_attachment (outbox_id, position, file_name, media_type, content) "
                                    + "VALUES (?, ?, ?, ?, ?)")) {
                for (NewMessage message : messages) {
                    row.setString(1, message.kind());
                    row.setLong(2, message.recipient().userId());
                    row.setString(3, message.recipient().address());
                    row.setString(4, message.recipient().language().code());
                    row.setString(5, cut(message.subject(), 300));
                    row.setString(6, message.body());
                    row.setString(7, cut(message.reference(), 200));
                    if (message.onceKey() == null) {
                        row.setNull(8, Types.VARCHAR);
                    } else {
                        row.setString(8, message.onceKey());
                    }
                    row.setObject(9, time(now));
                    row.setObject(10, time(now));
                    row.setString(11, message.messageId());
                    if (message.onceKey() == null) {
                        row.executeUpdate();
                    } else {
                        Savepoint before = con.setSavepoint();
                        try {
                            row.executeUpdate();
                            con.releaseSavepoint(before);
                        } catch (SQLException e) {
                            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                                throw e;
                            }
                            con.rollback(before);
                            continue;
                        }
                    }
                    written++;
                    long id;
                    try (ResultSet keys = row.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    int position = 0;
                    for (Attachment attachment : message.attachments()) {
                        file.setLong(1, id);
                        file.setInt(2, position++);
                        file.setString(3, cut(attachment.fileName(), 200));
                        file.setString(4, cut(attachment.mediaType(), 200));
                        file.setBytes(5, attachment.content());
                        file.addBatch();
                    }
                }
                file.executeBatch();
            }
            return written;
        });
    }

    /** The SQL state of a unique-constraint violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    // ---- the secretariat's view

    Map<OutboxState, Long> counts() {
        Map<OutboxState, Long> counts = new java.util.EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        db.query("SELECT state, COUNT(*) FROM core_outbox GROUP BY state", ps -> {}, rows -> {
            while (rows.next()) {
                counts.put(OutboxState.valueOf(rows.getString(1)), rows.getLong(2));
            }
            return null;
        });
        return counts;
    }

    List<OutboxEntry> list(OutboxState state, String search, int limit) {
        String pattern = search == null || search.isBlank()
                ? null
                : "%"
                        + search.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("!", "!!")
                                .replace("%", "!%")
                                .replace("_", "!_")
                        + "%";
        StringBuilder sql = new StringBuilder("SELECT " + ENTRY_COLUMNS + " FROM core_outbox WHERE 1 = 1");
        if (state != null) {
            sql.append(" AND state = ?");
        }
        if (pattern != null) {
            sql.append(" AND (LOWER(recipient_address) LIKE ? ESCAPE '!' OR LOWER(subject) LIKE ? ESCAPE '!'"
                    + " OR LOWER(reference) LIKE ? ESCAPE '!')");
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        List<OutboxEntry> entries = db.query(
                sql.toString(),
                ps -> {
                    int i = 1;
                    if (state != null) {
                        ps.setString(i++, state.name());
                    }
                    if (pattern != null) {
                        ps.setString(i++, pattern);
                        ps.setString(i++, pattern);
                        ps.setString(i++, pattern);
                    }
                    ps.setInt(i, Math.max(1, limit));
                },
                OutboxStore::entryRows);
        return withAttachmentNames(entries);
    }

    Optional<OutboxEntry> entry(long id) {
        List<OutboxEntry> found = db.query(
                "SELECT " + ENTRY_COLUMNS + " FROM core_outbox WHERE id = ?",
                ps -> ps.setLong(1, id),
                OutboxStore::entryRows);
        return withAttachmentNames(found).stream().findFirst();
    }

    /** A failed message waits again, its tries reset. @return whether it was failed */
    boolean retryFailed(long id, Instant now) {
        return write("resend message " + id, con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "UPDATE core_outbox SET state = 'WAITING', attempts = 0, next_attempt_at = ?, last_error = NULL, "
                            + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND state = 'FAILED'")) {
                ps.setObject(1, time(now));
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** @return the id of a new waiting copy of a message, with its attachments */
    long copy(long id, String messageId, Instant now) {
        return write("copy message " + id, con -> {
            long copy;
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO core_outbox (kind, recipient_user_id, recipient_address, language, subject, body_text, "
                            + "reference, state, attempts, created_at, next_attempt_at, message_id) "
                            + "SELECT kind, recipient_user_id, recipient_address, language, subject, body_text, reference, "
                            + "'WAITING', 0, ?, ?, ? FROM core_outbox WHERE id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setObject(1, time(now));
                ps.setObject(2, time(now));
                ps.setString(3, messageId);
                ps.setLong(4, id);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    copy = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO core_outbox_attachment (outbox_id, position, file_name, media_type, content) "
                            + "SELECT ?, position, file_name, media_type, content FROM core_outbox_attachment "
                            + "WHERE outbox_id = ?")) {
                ps.setLong(1, copy);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return copy;
        });
    }

    // ---- helpers

    private <T> T write(String what, JdbcQueries.Work<T> work) {
        try {
            return db.transactionResult(work);
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private List<OutboxEntry> withAttachmentNames(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        List<Long> ids = entries.stream().map(OutboxEntry::id).toList();
        Map<Long, List<String>> names = db.query(
                "SELECT outbox_id, file_name FROM core_outbox_attachment WHERE outbox_id IN (" + marks(ids.size())
                        + ") ORDER BY outbox_id, position",
                ps -> bindLongs(ps, 1, ids),
                rows -> {
                    Map<Long, List<String>> byId = new HashMap<>();
                    while (rows.next()) {
                        byId.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                                .add(rows.getString(2));
                    }
                    return byId;
                });
        Map<Long, OutboxEntry> ordered = new LinkedHashMap<>();
        for (OutboxEntry e : entries) {
            ordered.put(
                    e.id(),
                    new OutboxEntry(
                            e.id(),
                            e.kind(),
                            e.recipientUserId(),
                            e.recipientAddress(),
                            e.language(),
                            e.subject(),
                            e.reference(),
                            names.getOrDefault(e.id(), List.of()),
                            e.state(),
                            e.attempts(),
                            e.lastError(),
                            e.created(),
                            e.nextAttempt(),
                            e.sent()));
        }
        return List.copyOf(ordered.values());
    }

    private static List<OutboxEntry> entryRows(ResultSet rows) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        while (rows.next()) {
            entries.add(new OutboxEntry(
                    rows.getLong("id"),
                    rows.getString("kind"),
                    rows.getLong("recipient_user_id"),
                    rows.getString("recipient_address"),
                    language(rows.getString("language")),
                    rows.getString("subject"),
                    rows.getString("reference"),
                    List.of(),
                    OutboxState.valueOf(rows.getString("state")),
                    rows.getInt("attempts"),
                    rows.getString("last_error"),
                    instant(rows, "created_at"),
                    instant(rows, "next_attempt_at"),
                    instant(rows, "sent_at")));
        }
        return entries;
    }

    private static List<Recipient> recipients(ResultSet rows) throws SQLException {
        List<Recipient> found = new ArrayList<>();
        while (rows.next()) {
            found.add(recipient(rows));
        }
        return found;
    }

    private static Recipient recipient(ResultSet rows) throws SQLException {
        return new Recipient(rows.getLong("id"), rows.getString("email"), language(rows.getString("language")));
    }

    static Language language(String code) {
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            return Language.DA;
        }
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String marks(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    static void bindLongs(PreparedStatement ps, int first, Collection<Long> values) throws SQLException {
        int i = first;
        for (long value : values) {
            ps.setLong(i++, value);
        }
    }

    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
