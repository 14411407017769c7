package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.voting.internal.model.Registration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Who takes part in an assembly: registrations (representative and substitute), attendance (checked
 * in now, or checked out again) and proxies, in plain JDBC. Every write is its own transaction.
 */
public class AttendanceStore {

    private static final String PRESENT_NOW = "present_since IS NOT NULL AND checked_out_at IS NULL";

    private final JdbcQueries queries;

    public AttendanceStore(DataSource dataSource) {
        this.queries = new JdbcQueries(dataSource, "voting");
    }

    public List<Registration> registrations(long assemblyId) {
        return registrations(" ORDER BY organisation_id", assemblyId, null);
    }

    /** @return one organisation's registration at the assembly */
    public Optional<Registration> registration(long assemblyId, long organisationId) {
        return registrations(" AND organisation_id = ?", assemblyId, organisationId).stream()
                .findFirst();
    }

    /** @return how many organisations are present now (checked in and not checked out) */
    public long presentCount(long assemblyId) {
        return presentNow(assemblyId).size();
    }

    /** @return the organisations present now (checked in and not checked out) */
    public Set<Long> presentNow(long assemblyId) {
        return queries.query(
                "SELECT organisation_id FROM voting_registration WHERE assembly_id = ? AND " + PRESENT_NOW
                        + " ORDER BY organisation_id",
                ps -> ps.setLong(1, assemblyId),
                rs -> {
                    Set<Long> result = new LinkedHashSet<>();
                    while (rs.next()) {
                        result.add(rs.getLong(1));
                    }
                    return result;
                });
    }

    /** @return how many organisations the holder votes for by proxy */
    public long proxiesHeld(long assemblyId, long holder) {
        return queries.query(
                "SELECT COUNT(*) FROM voting_registration WHERE assembly_id = ? AND proxy_for = ?",
                ps -> {
                    ps.setLong(1, assemblyId);
                    ps.setLong(2, holder);
                },
                rs -> {
                    rs.next();
                    return rs.getLong(1);
                });
    }

    private List<Registration> registrations(String where, long assemblyId, Long organisationId) {
        return queries.query(
                "SELECT assembly_id, organisation_id, representative, substitute, present_since, proxy_for,"
                        + " checked_out_at FROM voting_registration WHERE assembly_id = ?" + where,
                ps -> {
                    ps.setLong(1, assemblyId);
                    if (organisationId != null) {
                        ps.setLong(2, organisationId);
                    }
                },
                rs -> {
                    List<Registration> result = new ArrayList<>();
                    while (rs.next()) {
                        Timestamp present = rs.getTimestamp(5);
                        Timestamp out = rs.getTimestamp(7);
                        result.add(new Registration(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                present == null ? null : present.toInstant(),
                                rs.getObject(6) == null ? null : rs.getLong(6),
                                out == null ? null : out.toInstant()));
                    }
                    return result;
                });
    }

    /** Inserts or replaces an organisation's registration. */
    static void putRegistration(Connection con, Registration r) throws SQLException {
        try (PreparedStatement del =
                con.prepareStatement("DELETE FROM voting_registration WHERE assembly_id = ? AND organisation_id = ?")) {
            del.setLong(1, r.assemblyId());
            del.setLong(2, r.organisationId());
            del.executeUpdate();
        }
        try (PreparedStatement ps =
                con.prepareStatement("INSERT INTO voting_registration (assembly_id, organisation_id, representative,"
                        + " substitute, present_since, proxy_for, checked_out_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.assemblyId());
            ps.setLong(2, r.organisationId());
            ps.setString(3, r.representative());
            ps.setString(4, r.substitute());
            ps.setTimestamp(5, r.presentSince() == null ? null : Timestamp.from(r.presentSince()));
            if (r.proxyFor() == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, r.proxyFor());
            }
            ps.setTimestamp(7, r.checkedOutAt() == null ? null : Timestamp.from(r.checkedOutAt()));
            ps.executeUpdate();
        }
    }

    public void putRegistration(Registration r) {
        AssemblyStore.run("cannot store registration", () -> queries.transaction(con -> putRegistration(con, r)));
    }

    /**
     * Records the organisation present now (again, after a check-out); registers the user as its
     * representative when nobody is. @return whether it was not present before
     */
    public boolean checkIn(long assemblyId, long organisationId, String user, Instant at) {
        return AssemblyStore.write(
                "cannot record attendance",
                () -> queries.transactionResult(con -> {
                    int changed;
                    try (PreparedStatement ps = con.prepareStatement("UPDATE voting_registration SET present_since = ?,"
                            + " checked_out_at = NULL WHERE assembly_id = ? AND organisation_id = ? AND NOT ("
                            + PRESENT_NOW
                            + ")")) {
                        ps.setTimestamp(1, Timestamp.from(at));
                        ps.setLong(2, assemblyId);
                        ps.setLong(3, organisationId);
                        changed = ps.executeUpdate();
                    }
                    if (changed == 0 && !exists(con, assemblyId, organisationId)) {
                        putRegistration(con, new Registration(assemblyId, organisationId, user, null, at, null, null));
                        return true;
                    }
                    return changed == 1;
                }));
    }

    /** Records that the organisation has left. @return whether it was present */
    public boolean checkOut(long assemblyId, long organisationId, Instant at) {
        return AssemblyStore.write(
                "cannot record attendance",
                () -> queries.transactionResult(con -> {
                    try (PreparedStatement ps = con.prepareStatement("UPDATE voting_registration SET checked_out_at = ?"
                            + " WHERE assembly_id = ? AND organisation_id = ? AND " + PRESENT_NOW)) {
                        ps.setTimestamp(1, Timestamp.from(at));
                        ps.setLong(2, assemblyId);
                        ps.setLong(3, organisationId);
                        return ps.executeUpdate() == 1;
                    }
                }));
    }

    /** @return whether the organisation is present now, read on the cast's connection */
    static boolean isPresent(Connection con, long assemblyId, long organisationId) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT 1 FROM voting_registration WHERE assembly_id = ? AND"
                + " organisation_id = ? AND " + PRESENT_NOW)) {
            ps.setLong(1, assemblyId);
            ps.setLong(2, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean exists(Connection con, long assemblyId, long organisationId) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT 1 FROM voting_registration WHERE assembly_id = ? AND organisation_id = ?")) {
            ps.setLong(1, assemblyId);
            ps.setLong(2, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
