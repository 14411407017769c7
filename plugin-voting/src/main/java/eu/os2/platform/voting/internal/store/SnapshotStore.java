package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.voting.internal.model.CloseSnapshot;
import eu.os2.platform.voting.internal.model.FrozenResult;
import eu.os2.platform.voting.internal.model.Tally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The snapshot each ballot's close stores: written in the close's transaction, then only read. */
public class SnapshotStore {

    private final JdbcQueries queries;

    public SnapshotStore(DataSource dataSource) {
        this.queries = new JdbcQueries(dataSource, "voting");
    }

    /**
     * @return what the close stored, without the organisations present and eligible (kept for the
     *     record, read by nobody); empty for a ballot not closed (or closed before snapshots were kept)
     */
    public Optional<FrozenResult> snapshot(long ballotId) {
        return Optional.ofNullable(queries.query(
                "SELECT present_count, eligible_count, cast_count, counts, elected, quorum_met, passed, summary,"
                        + " rule_applied, chain_head, chain_entries FROM voting_ballot_snapshot WHERE ballot_id = ?",
                ps -> ps.setLong(1, ballotId),
                rs -> rs.next()
                        ? new FrozenResult(
                                ballotId,
                                new Tally.Result(
                                        counts(rs.getString(4)),
                                        rs.getInt(3),
                                        rs.getInt(1),
                                        rs.getInt(2),
                                        rs.getBoolean(6),
                                        rs.getBoolean(7),
                                        rs.getString(5).isEmpty()
                                                ? List.of()
                                                : List.of(rs.getString(5).split(",")),
                                        rs.getString(8)),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getInt(11))
                        : null));
    }

    static void insert(Connection con, CloseSnapshot s) throws SQLException {
        Tally.Result r = s.result();
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_ballot_snapshot (ballot_id, present_orgs,"
                + " eligible_orgs, present_count, eligible_count, cast_count, counts, elected, quorum_met, passed,"
                + " summary, rule_applied, digest, chain_head, chain_entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)")) {
            ps.setLong(1, s.ballotId());
            ps.setString(2, ids(s.present()));
            ps.setString(3, ids(s.eligible()));
            ps.setLong(4, r.present());
            ps.setLong(5, r.eligible());
            ps.setLong(6, r.cast());
            ps.setString(7, counts(r.counts()));
            ps.setString(8, String.join(",", r.elected()));
            ps.setBoolean(9, r.quorumMet());
            ps.setBoolean(10, r.passed());
            ps.setString(11, BallotStore.fit(r.summary(), 8000));
            ps.setString(12, BallotStore.fit(s.rule(), 200));
            ps.setString(13, BallotStore.fit(r.digest(), 8000));
            ps.setString(14, s.chainHead());
            ps.setInt(15, s.chainEntries());
            ps.executeUpdate();
        }
    }

    /** @return the ids in ascending order, comma-separated */
    private static String ids(Set<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
        StringBuilder text = new StringBuilder(sorted.length * 7);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(sorted[i]);
        }
        return text.toString();
    }

    /** Counts one per line, in the result's order: key=votes (keys are YES/NO/ABSTAIN, option ids, "blank"). */
    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, Long> counts(String text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                counts.put(line.substring(0, eq), Long.valueOf(line.substring(eq + 1)));
            }
        }
        return counts;
    }
}
