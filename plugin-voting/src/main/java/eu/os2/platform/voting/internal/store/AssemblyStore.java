package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Assemblies, their agenda, minutes, requests for an extraordinary assembly and registrations, in
 * plain JDBC. Every write is its own transaction; a failure is a {@code StorageException}.
 *
 * Registrations and attendance are the {@link AttendanceStore}'s.
 */
public class AssemblyStore {

    private static final String ASSEMBLY_COLUMNS =
            "id, kind, title, held_at, place, called_on, proposals_due, material_due, rule_set,"
                    + " minutes_published_on, version";

    private final JdbcQueries queries;

    public AssemblyStore(DataSource dataSource) {
        this.queries = new JdbcQueries(dataSource, "voting");
    }

    // ---- assemblies and agenda

    public List<Assembly> assemblies() {
        return queries.query(
                "SELECT " + ASSEMBLY_COLUMNS + " FROM voting_assembly ORDER BY held_at DESC",
                ps -> {},
                AssemblyStore::assemblies);
    }

    public Optional<Assembly> assembly(long id) {
        return queries
                .query(
                        "SELECT " + ASSEMBLY_COLUMNS + " FROM voting_assembly WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        AssemblyStore::assemblies)
                .stream()
                .findFirst();
    }

    private static List<Assembly> assemblies(ResultSet rs) throws SQLException {
        List<Assembly> result = new ArrayList<>();
        while (rs.next()) {
            Date published = rs.getDate("minutes_published_on");
            result.add(new Assembly(
                    rs.getLong("id"),
                    AssemblyKind.valueOf(rs.getString("kind")),
                    rs.getString("title"),
                    rs.getTimestamp("held_at").toLocalDateTime(),
                    rs.getString("place"),
                    rs.getDate("called_on").toLocalDate(),
                    rs.getDate("proposals_due").toLocalDate(),
                    rs.getDate("material_due").toLocalDate(),
                    rs.getString("rule_set"),
                    published == null ? null : published.toLocalDate(),
                    rs.getLong("version")));
        }
        return result;
    }

    /**
     * Inserts the assembly and its agenda in one transaction; calling an extraordinary assembly
     * answers the standing requests, so they are cleared in the same transaction.
     */
    public long insertAssembly(Assembly a, List<Agenda.Item> agenda, boolean clearRequests) {
        return write(
                "cannot store assembly",
                () -> queries.transactionResult(con -> {
                    long id;
                    try (PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO voting_assembly (kind, title, held_at, place, called_on,"
                                    + " proposals_due,"
                                    + " material_due, rule_set, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                            Statement.RETURN_GENERATED_KEYS)) {
                        ps.setString(1, a.kind().name());
                        ps.setString(2, a.title());
                        ps.setTimestamp(3, Timestamp.valueOf(a.heldAt()));
                        ps.setString(4, a.place());
                        ps.setDate(5, Date.valueOf(a.calledOn()));
                        ps.setDate(6, Date.valueOf(a.proposalsDue()));
                        ps.setDate(7, Date.valueOf(a.materialDue()));
                        ps.setString(8, a.ruleSet());
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                    int position = 1;
                    for (Agenda.Item item : agenda) {
                        insertItem(con, id, position++, item.kind(), item.title(), null, item.decisionType(), null);
                    }
                    if (clearRequests) {
                        try (Statement st = con.createStatement()) {
                            st.executeUpdate("DELETE FROM voting_request");
                        }
                    }
                    return id;
                }));
    }

    public void updateAssembly(Assembly a, long expectedVersion) {
        run(
                "cannot store assembly",
                () -> queries.transaction(con -> {
                    try (PreparedStatement ps = con.prepareStatement(
                            "UPDATE voting_assembly SET title = ?, held_at = ?, place = ?, called_on = ?,"
                                    + " proposals_due = ?, material_due = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                        ps.setString(1, a.title());
                        ps.setTimestamp(2, Timestamp.valueOf(a.heldAt()));
                        ps.setString(3, a.place());
                        ps.setDate(4, Date.valueOf(a.calledOn()));
                        ps.setDate(5, Date.valueOf(a.proposalsDue()));
                        ps.setDate(6, Date.valueOf(a.materialDue()));
                        ps.setLong(7, a.id());
                        ps.setLong(8, expectedVersion);
                        if (ps.executeUpdate() == 0) {
                            throw stale("assembly " + a.id(), "voting_assembly", a.id());
                        }
                    }
                }));
    }

    /** Adds an item at the end of the agenda, or before "Eventuelt" when there is one. */
    public long addItem(
            long assemblyId,
            Agenda.ItemKind kind,
            String title,
            String description,
            DecisionType type,
            Long proposedBy) {
        return write(
                "cannot store agenda item",
                () -> queries.transactionResult(con -> {
                    int position;
                    try (PreparedStatement lock =
                            con.prepareStatement("SELECT version FROM voting_assembly WHERE id = ? FOR UPDATE")) {
                        lock.setLong(1, assemblyId);
                        lock.executeQuery().close();
                    }
                    Integer anyOther = null;
                    int max = 0;
                    try (PreparedStatement ps =
                            con.prepareStatement("SELECT sort_order, kind FROM voting_item WHERE assembly_id = ?")) {
                        ps.setLong(1, assemblyId);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                max = Math.max(max, rs.getInt(1));
                                if (Agenda.ItemKind.ANY_OTHER.name().equals(rs.getString(2))) {
                                    anyOther = rs.getInt(1);
                                }
                            }
                        }
                    }
                    if (anyOther != null) {
                        try (PreparedStatement shift =
                                con.prepareStatement("UPDATE voting_item SET sort_order = sort_order + 1 WHERE"
                                        + " assembly_id = ? AND sort_order >= ?")) {
                            shift.setLong(1, assemblyId);
                            shift.setInt(2, anyOther);
                            shift.executeUpdate();
                        }
                        position = anyOther;
                    } else {
                        position = max + 1;
                    }
                    return insertItem(con, assemblyId, position, kind, title, description, type, proposedBy);
                }));
    }

    private static long insertItem(
            Connection con,
            long assemblyId,
            int position,
            Agenda.ItemKind kind,
            String title,
            String description,
            DecisionType type,
            Long proposedBy)
            throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "INSERT INTO voting_item (assembly_id, sort_order, kind, title, description,"
                        + " decision_type, proposed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, assemblyId);
            ps.setInt(2, position);
            ps.setString(3, kind.name());
            ps.setString(4, title);
            ps.setString(5, description);
            ps.setString(6, type == null ? null : type.name());
            if (proposedBy == null) {
                ps.setNull(7, Types.BIGINT);
            } else {
                ps.setLong(7, proposedBy);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public List<AgendaItem> agenda(long assemblyId) {
        return queries.query(
                "SELECT id, assembly_id, sort_order, kind, title, description, decision_type, proposed_by FROM voting_item"
                        + " WHERE assembly_id = ? ORDER BY sort_order",
                ps -> ps.setLong(1, assemblyId),
                rs -> {
                    List<AgendaItem> result = new ArrayList<>();
                    while (rs.next()) {
                        String type = rs.getString(7);
                        result.add(new AgendaItem(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getInt(3),
                                Agenda.ItemKind.valueOf(rs.getString(4)),
                                rs.getString(5),
                                rs.getString(6),
                                type == null ? null : DecisionType.valueOf(type),
                                rs.getObject(8) == null ? null : rs.getLong(8)));
                    }
                    return result;
                });
    }

    public Optional<String> minutes(long assemblyId) {
        return Optional.ofNullable(queries.query(
                "SELECT minutes FROM voting_assembly WHERE id = ?",
                ps -> ps.setLong(1, assemblyId),
                rs -> rs.next() ? rs.getString(1) : null));
    }

    public void saveMinutes(long assemblyId, long expectedVersion, String text, LocalDate publishedOn) {
        run(
                "cannot store minutes",
                () -> queries.transaction(con -> {
                    try (PreparedStatement ps =
                            con.prepareStatement("UPDATE voting_assembly SET minutes = ?, minutes_published_on = ?,"
                                    + " version = version + 1 WHERE id = ? AND version = ?")) {
                        ps.setString(1, text);
                        ps.setDate(2, publishedOn == null ? null : Date.valueOf(publishedOn));
                        ps.setLong(3, assemblyId);
                        ps.setLong(4, expectedVersion);
                        if (ps.executeUpdate() == 0) {
                            throw stale("assembly " + assemblyId, "voting_assembly", assemblyId);
                        }
                    }
                }));
    }

    // ---- requests for an extraordinary assembly

    /** @return false when the organisation already has a request standing (the table's primary key refuses a second) */
    public boolean insertRequest(long organisationId, String by, String reason, Instant at) {
        try {
            queries.transaction(con -> {
                try (PreparedStatement ps =
                        con.prepareStatement("INSERT INTO voting_request (organisation_id, requested_by, reason,"
                                + " requested_at) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, organisationId);
                    ps.setString(2, by);
                    ps.setString(3, reason);
                    ps.setTimestamp(4, Timestamp.from(at));
                    ps.executeUpdate();
                }
            });
            return true;
        } catch (SQLException e) {
            if (DuplicateKeyException.isDuplicateKey(e)) {
                return false;
            }
            throw new StorageException("cannot store request: " + e.getMessage(), e);
        }
    }

    public List<Long> requests() {
        return queries.query("SELECT organisation_id FROM voting_request ORDER BY requested_at", ps -> {}, rs -> {
            List<Long> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getLong(1));
            }
            return result;
        });
    }

    // ---- plumbing

    /** A unit of work that may fail in the database. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface WriteStep {
        void run() throws SQLException;
    }

    static <T> T write(String what, Write<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw DuplicateKeyException.of(what, e);
        }
    }

    static void run(String what, WriteStep work) {
        write(what, () -> {
            work.run();
            return null;
        });
    }

    private ConcurrentChangeException stale(String what, String table, long id) {
        return queries.stale(what + " was changed meanwhile", table, "id", id);
    }
}
