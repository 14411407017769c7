package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.payments.internal.model.Reports.RunState;
import eu.os2.platform.payments.internal.model.Reports.RunStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The invoice runs' status and progress ({@code payments_invoice_run}), written outside the run's
 * issuing transaction so that progress shows while it works and the outcome outlives a restart.
 */
public class RunStore {

    private static final String COLUMNS =
            "id, run_year, state, members, done, created, skipped, with_problems, total_ore, problems,"
                    + " error, started_by, started, finished";

    private final JdbcQueries queries;

    RunStore(JdbcQueries queries) {
        this.queries = queries;
    }

    /** @return the new run's id; it is stored as running */
    public long start(int year, String startedBy, Instant started) {
        return write("cannot store invoice run", con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO payments_invoice_run (run_year, state, members, done, created,"
                            + " skipped, with_problems, total_ore, started_by, started, heartbeat)"
                            + " VALUES (?, 'RUNNING', 0, 0, 0, 0, 0, 0, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, year);
                ps.setString(2, startedBy);
                ps.setTimestamp(3, Timestamp.from(started));
                ps.setTimestamp(4, Timestamp.from(started));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Stores a run's outcome. */
    public void update(RunStatus r) {
        write(r, "");
    }

    /**
     * Stores a run's progress while it is still stored as running: a progress write never turns a
     * run reported as cut off back into a running one (its outcome, written at its end, does).
     */
    public void progress(RunStatus r) {
        write(r, " AND state = 'RUNNING'");
    }

    private void write(RunStatus r, String condition) {
        write("cannot store invoice run " + r.id(), con -> {
            try (PreparedStatement ps =
                    con.prepareStatement("UPDATE payments_invoice_run SET state = ?, members = ?, done = ?, created ="
                            + " ?,"
                            + " skipped = ?, with_problems = ?, total_ore = ?, problems = ?, error = ?, finished = ? WHERE id = ?"
                            + condition)) {
                ps.setString(1, r.state().name());
                ps.setInt(2, r.members());
                ps.setInt(3, r.done());
                ps.setInt(4, r.created());
                ps.setInt(5, r.skipped());
                ps.setInt(6, r.withProblems());
                ps.setLong(7, r.total().ore());
                ps.setString(8, r.problems().isEmpty() ? null : String.join("\n", r.problems()));
                ps.setString(
                        9,
                        r.error() == null || r.error().length() <= 2000
                                ? r.error()
                                : r.error().substring(0, 2000));
                if (r.finished() == null) {
                    ps.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setTimestamp(10, Timestamp.from(r.finished()));
                }
                ps.setLong(11, r.id());
                return ps.executeUpdate();
            }
        });
    }

    /** Tells the other nodes the run is still going: written by its node every few seconds while it runs. */
    public void beat(long id, Instant now) {
        write("cannot store invoice run " + id, con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "UPDATE payments_invoice_run SET heartbeat = ? WHERE id = ? AND state = 'RUNNING'")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Reports as failed the runs stored as running whose node stopped beating before
     * {@code silentSince}: their node stopped or died, and their issuing transaction rolled back
     * with it, so they left nothing issued. A run still beating, on this node or another, is left
     * alone. Reads first, so that a run committing right now (its row locked) holds up no one.
     *
     * @return how many there were
     */
    public int failSilent(String error, Instant now, Instant silentSince) {
        List<Long> silent = queries.query(
                "SELECT id FROM payments_invoice_run WHERE state = 'RUNNING' AND (heartbeat IS NULL OR heartbeat < ?)",
                ps -> ps.setTimestamp(1, Timestamp.from(silentSince)),
                rs -> {
                    List<Long> ids = new ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                    return ids;
                });
        if (silent.isEmpty()) {
            return 0;
        }
        return write("cannot close cut-off invoice runs", con -> {
            int failed = 0;
            try (PreparedStatement ps = con.prepareStatement(
                    "UPDATE payments_invoice_run SET state = 'FAILED', error = ?,"
                            + " finished = ? WHERE id = ? AND state = 'RUNNING' AND (heartbeat IS NULL OR heartbeat < ?)")) {
                for (long id : silent) {
                    ps.setString(1, error);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setLong(3, id);
                    ps.setTimestamp(4, Timestamp.from(silentSince));
                    failed += ps.executeUpdate();
                }
            }
            return failed;
        });
    }

    public Optional<RunStatus> run(long id) {
        return queries
                .query(
                        "SELECT " + COLUMNS + " FROM payments_invoice_run WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        RunStore::read)
                .stream()
                .findFirst();
    }

    /** @return the latest runs, newest first */
    public List<RunStatus> latest(int limit) {
        return queries.query(
                "SELECT " + COLUMNS + " FROM payments_invoice_run ORDER BY id DESC",
                ps -> ps.setMaxRows(limit),
                RunStore::read);
    }

    private static List<RunStatus> read(ResultSet rs) throws SQLException {
        List<RunStatus> result = new ArrayList<>();
        while (rs.next()) {
            String problems = rs.getString("problems");
            Timestamp finished = rs.getTimestamp("finished");
            result.add(new RunStatus(
                    rs.getLong("id"),
                    rs.getInt("run_year"),
                    RunState.valueOf(rs.getString("state")),
                    rs.getInt("members"),
                    rs.getInt("done"),
                    rs.getInt("created"),
                    rs.getInt("skipped"),
                    rs.getInt("with_problems"),
                    new Money(rs.getLong("total_ore")),
                    problems == null ? List.of() : List.copyOf(Arrays.asList(problems.split("\n"))),
                    rs.getString("error"),
                    rs.getString("started_by"),
                    rs.getTimestamp("started").toInstant(),
                    finished == null ? null : finished.toInstant()));
        }
        return result;
    }

    private <T> T write(String what, JdbcQueries.Work<T> work) {
        try {
            return queries.transactionResult(work);
        } catch (SQLException e) {
            throw DuplicateKeyException.of(what, e);
        }
    }
}
