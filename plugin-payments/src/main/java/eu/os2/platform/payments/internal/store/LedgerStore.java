package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ledger entries the secretariat records and the payment standings. */
public class LedgerStore {

    private final JdbcQueries queries;

    LedgerStore(JdbcQueries queries) {
        this.queries = queries;
    }

    public List<LedgerEntry> ledger() {
        return queries.query(
                "SELECT id, ledger_year, account, amount_ore, note, recorded_by FROM payments_ledger ORDER BY ledger_year,"
                        + " id",
                ps -> {},
                rs -> {
                    List<LedgerEntry> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new LedgerEntry(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getString(3),
                                new Money(rs.getLong(4)),
                                rs.getString(5),
                                rs.getString(6)));
                    }
                    return result;
                });
    }

    public long insertLedger(int year, String account, Money amount, String note, String actor) {
        return write("cannot store ledger entry", con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO payments_ledger (ledger_year, account, amount_ore, note,"
                            + " recorded_by) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, year);
                ps.setString(2, account);
                ps.setLong(3, amount.ore());
                ps.setString(4, note);
                ps.setString(5, actor);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    // ---- standing

    public List<StandingRecord> standings(long organisationId) {
        return queries.query(
                "SELECT organisation_id, standing, note, recorded_by, recorded_at FROM payments_standing WHERE"
                        + " organisation_id = ?"
                        + " ORDER BY id DESC",
                ps -> ps.setLong(1, organisationId),
                LedgerStore::readStandings);
    }

    /** @return every organisation's latest standing */
    public Map<Long, StandingRecord> currentStandings() {
        List<StandingRecord> all = queries.query(
                "SELECT s.organisation_id, s.standing, s.note, s.recorded_by, s.recorded_at FROM"
                        + " payments_standing s"
                        + " WHERE s.id = (SELECT MAX(t.id) FROM payments_standing t WHERE t.organisation_id = s.organisation_id)",
                ps -> {},
                LedgerStore::readStandings);
        Map<Long, StandingRecord> result = new HashMap<>();
        all.forEach(r -> result.put(r.organisationId(), r));
        return result;
    }

    private static List<StandingRecord> readStandings(ResultSet rs) throws SQLException {
        List<StandingRecord> result = new ArrayList<>();
        while (rs.next()) {
            result.add(new StandingRecord(
                    rs.getLong(1),
                    PaymentStanding.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()));
        }
        return result;
    }

    public void insertStanding(StandingRecord r) {
        write("cannot store payment standing", con -> {
            try (PreparedStatement ps =
                    con.prepareStatement("INSERT INTO payments_standing (organisation_id, standing, note, recorded_by,"
                            + " recorded_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, r.organisationId());
                ps.setString(2, r.standing().name());
                ps.setString(3, r.note());
                ps.setString(4, r.recordedBy());
                ps.setTimestamp(5, Timestamp.from(r.recordedAt()));
                return ps.executeUpdate();
            }
        });
    }

    private <T> T write(String what, JdbcQueries.Work<T> work) {
        try {
            return queries.transactionResult(work);
        } catch (SQLException e) {
            throw DuplicateKeyException.of(what, e);
        }
    }
}
