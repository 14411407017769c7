package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.CloseSnapshot;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Participation;
import eu.os2.platform.voting.internal.model.Tally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Ballots, their votes (open and secret), participation and the hash-chained log, in plain JDBC.
 * A cast and a close are each one transaction that takes the ballot row's lock first, so they
 * happen one after the other and nothing is counted after the close.
 */
public class BallotStore {

    private static final String BALLOT_COLUMNS =
            "id, assembly_id, item_id, kind, decision_type, title, secret, seats, options, closes_at,"
                    + " state, opened_at, closed_at, summary, passed, result, version";

    private final JdbcQueries queries;

    public BallotStore(DataSource dataSource) {
        this.queries = new JdbcQueries(dataSource, "voting");
    }

    // ---- ballots

    public long insertBallot(Ballot b) {
        return AssemblyStore.write(
                "cannot store ballot",
                () -> queries.transactionResult(con -> {
                    try (PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO voting_ballot (assembly_id, item_id, kind, decision_type,"
                                    + " title, secret, seats, options, closes_at, state, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 1)",
                            Statement.RETURN_GENERATED_KEYS)) {
                        ps.setLong(1, b.assemblyId());
                        if (b.itemId() == null) {
                            ps.setNull(2, Types.BIGINT);
                        } else {
                            ps.setLong(2, b.itemId());
                        }
                        ps.setString(3, b.kind().name());
                        ps.setString(4, b.decisionType().name());
                        ps.setString(5, b.title());
                        ps.setBoolean(6, b.secret());
                        ps.setInt(7, b.seats());
                        ps.setString(8, options(b.options()));
                        ps.setTimestamp(9, b.closesAt() == null ? null : Timestamp.from(b.closesAt()));
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            return keys.getLong(1);
                        }
                    }
                }));
    }

    public List<Ballot> ballots(long assemblyId) {
        return queries.query(
                "SELECT " + BALLOT_COLUMNS + " FROM voting_ballot WHERE assembly_id = ? ORDER BY id",
                ps -> ps.setLong(1, assemblyId),
                BallotStore::ballots);
    }

    public List<Ballot> closedBallots() {
        return queries.query(
                "SELECT " + BALLOT_COLUMNS + " FROM voting_ballot WHERE state = 'CLOSED' ORDER BY closed_at DESC",
                ps -> {},
                BallotStore::ballots);
    }

    /** @return the open ballots whose closing time has come */
    public List<Long> due(Instant now) {
        return queries.query(
                "SELECT id FROM voting_ballot WHERE state = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= ? ORDER BY id",
                ps -> ps.setTimestamp(1, Timestamp.from(now)),
                rs -> {
                    List<Long> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(rs.getLong(1));
                    }
                    return result;
                });
    }

    public Optional<Ballot> ballot(long id) {
        return queries
                .query(
                        "SELECT " + BALLOT_COLUMNS + " FROM voting_ballot WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        BallotStore::ballots)
                .stream()
                .findFirst();
    }

    private static List<Ballot> ballots(ResultSet rs) throws SQLException {
        List<Ballot> result = new ArrayList<>();
        while (rs.next()) {
            Timestamp closes = rs.getTimestamp("closes_at");
            Timestamp opened = rs.getTimestamp("opened_at");
            Timestamp closed = rs.getTimestamp("closed_at");
            result.add(new Ballot(
                    rs.getLong("id"),
                    rs.getLong("assembly_id"),
                    rs.getObject("item_id") == null ? null : rs.getLong("item_id"),
                    BallotKind.valueOf(rs.getString("kind")),
                    DecisionType.valueOf(rs.getString("decision_type")),
                    rs.getString("title"),
                    rs.getBoolean("secret"),
                    rs.getInt("seats"),
                    options(rs.getString("options")),
                    closes == null ? null : closes.toInstant(),
                    rs.getString("state"),
                    opened == null ? null : opened.toInstant(),
                    closed == null ? null : closed.toInstant(),
                    rs.getString("summary"),
                    rs.getObject("passed") == null ? null : rs.getBoolean("passed"),
                    rs.getString("result"),
                    rs.getLong("version")));
        }
        return result;
    }

    /** Options are stored one per line: id|label|organisation id (or empty). */
    static String options(List<Option> options) {
        StringBuilder s = new StringBuilder();
        for (Option o : options) {
            s.append(o.id())
                    .append('|')
                    .append(o.label().replace('|', '/').replace('\n', ' '))
                    .append('|')
                    .append(o.organisationId() == null ? "" : o.organisationId())
                    .append('\n');
        }
        return s.toString();
    }

    static List<Option> options(String text) {
        List<Option> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                String[] p = line.split("\\|", -1);
                result.add(new Option(p[0], p[1], p[2].isEmpty() ? null : Long.parseLong(p[2])));
            }
        }
        return result;
    }

    /** Opens a draft ballot. @return whether it was a draft */
    public boolean open(long ballotId, Instant at) {
        return AssemblyStore.write(
                "cannot open ballot",
                () -> queries.transactionResult(con -> {
                    try (PreparedStatement ps = con.prepareStatement(
                            "UPDATE voting_ballot SET state = 'OPEN', opened_at = ?, version = version + 1"
                                    + " WHERE id = ? AND state = 'DRAFT'")) {
                        ps.setTimestamp(1, Timestamp.from(at));
                        ps.setLong(2, ballotId);
                        return ps.executeUpdate() == 1;
                    }
                }));
    }

    /**
     * Closes an open ballot in one transaction that holds its row lock: the snapshot is taken under
     * the lock, so no vote is counted after it, and stored with the ballot.
     *
     * @param decide counts the ballot and takes the snapshot (called with the lock held)
     * @return the snapshot stored, or empty when the ballot was not open
     */
    public Optional<CloseSnapshot> close(long ballotId, Instant at, Supplier<CloseSnapshot> decide) {
        return AssemblyStore.write(
                "cannot close ballot",
                () -> queries.transactionResult(con -> {
                    if (!lockOpen(con, ballotId)) {
                        return Optional.<CloseSnapshot>empty();
                    }
                    CloseSnapshot snapshot = decide.get();
                    Tally.Result result = snapshot.result();
                    closeRow(con, ballotId, at, result.summary(), result.passed(), result.digest());
                    SnapshotStore.insert(con, snapshot);
                    return Optional.of(snapshot);
                }));
    }

    /** @return the text cut to the column's length */
    static String fit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /**
     * Takes the ballot's row lock if it is open: casts and the close of one ballot happen one after
     * the other, so nothing is counted after the close. @return whether it is open
     */
    static boolean lockOpen(Connection con, long ballotId) throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("UPDATE voting_ballot SET version = version WHERE id = ? AND state = 'OPEN'")) {
            ps.setLong(1, ballotId);
            return ps.executeUpdate() == 1;
        }
    }

    private static void closeRow(
            Connection con, long ballotId, Instant at, String summary, boolean passed, String digest)
            throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("UPDATE voting_ballot SET state = 'CLOSED', closed_at = ?, summary = ?, passed"
                        + " = ?, result = ?, version = version + 1 WHERE id = ? AND state = 'OPEN'")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, fit(summary, 1000));
            ps.setBoolean(3, passed);
            ps.setString(4, fit(digest, 4000));
            ps.setLong(5, ballotId);
            ps.executeUpdate();
        }
    }

    // ---- casting

    /**
     * A vote to record. {@code tokenHash} is the new secret vote's change token's hash; {@code changeTokenHash}
     * the hash of the token of the secret vote it replaces, or null.
     */
    public record CastRequest(
            long ballotId,
            long assemblyId,
            boolean secret,
            long organisationId,
            String choice,
            String nonce,
            String receipt,
            String tokenHash,
            String changeTokenHash,
            String by,
            Instant at) {}

    /** Why a vote was not recorded. */
    public enum Refusal {
        CLOSED,
        ALREADY_VOTED,
        UNKNOWN_TOKEN,
        NOT_PRESENT
    }

    /** @param refusal why it was not recorded, or null when it was; @param revision the vote's revision when recorded */
    public record CastResult(Refusal refusal, int revision) {}

    /**
     * Records a vote in one transaction that first takes the ballot row's lock (as the close does):
     * the organisation must be present now, an open ballot's earlier vote goes to the history, a
     * secret ballot's participation is recorded once, and the hash-chained log gets the entry. A
     * second participation (also when the unique key refuses it) is refused as already voted.
     */
    public CastResult cast(CastRequest c) {
        return Casting.cast(queries, c);
    }

    // ---- votes

    /** An open ballot's current vote. */
    public record Vote(
            long organisationId,
            String choice,
            String nonce,
            String receipt,
            int revision,
            String castBy,
            Instant castAt) {}

    static Vote vote(ResultSet rs) throws SQLException {
        return new Vote(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }

    /** A counted ballot as the bulletin board shows it and verification checks it: no organisation. */
    public record CountedBallot(String receipt, String choice, String nonce) {}

    /**
     * @return the ballot's current votes (open or secret) in receipt order, read from the index that
     *     holds exactly these columns, without touching the rows
     */
    public List<CountedBallot> countedBallots(long ballotId, boolean secret) {
        return queries.query(
                "SELECT receipt, choice, nonce FROM " + (secret ? "voting_secret_vote" : "voting_vote")
                        + " WHERE ballot_id = ? ORDER BY ballot_id, receipt",
                ps -> ps.setLong(1, ballotId),
                rs -> {
                    List<CountedBallot> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new CountedBallot(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                    return result;
                });
    }

    public int historyCount(long ballotId, long organisationId) {
        return queries.query(
                "SELECT COUNT(*) FROM voting_vote_history WHERE ballot_id = ? AND organisation_id = ?",
                ps -> {
                    ps.setLong(1, ballotId);
                    ps.setLong(2, organisationId);
                },
                rs -> {
                    rs.next();
                    return rs.getInt(1);
                });
    }

    public long participants(long ballotId) {
        return queries.query(
                "SELECT COUNT(*) FROM voting_participation WHERE ballot_id = ?", ps -> ps.setLong(1, ballotId), rs -> {
                    rs.next();
                    return rs.getLong(1);
                });
    }

    /**
     * @return the ballot's current choices (open or secret), in no order: what a recount of a ballot
     *     closed before the counts were kept reads
     */
    public List<String> choices(long ballotId, boolean secret) {
        return queries.query(
                "SELECT choice FROM " + (secret ? "voting_secret_vote" : "voting_vote") + " WHERE ballot_id = ?",
                ps -> ps.setLong(1, ballotId),
                rs -> {
                    List<String> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                    return result;
                });
    }

    /** @return the ballots per canonical choice, as the casts keep them (choices no ballot holds now left out) */
    public Map<String, Long> choiceCounts(long ballotId) {
        return queries.query(
                "SELECT choice, votes FROM voting_choice_count WHERE ballot_id = ? AND votes > 0",
                ps -> ps.setLong(1, ballotId),
                rs -> {
                    Map<String, Long> result = new LinkedHashMap<>();
                    while (rs.next()) {
                        result.put(rs.getString(1), rs.getLong(2));
                    }
                    return result;
                });
    }

    /** @return the organisations with a current vote in an open ballot: read from the one-vote key alone */
    public List<Long> voters(long ballotId) {
        return organisations(
                "SELECT organisation_id FROM voting_vote WHERE ballot_id = ?", ps -> ps.setLong(1, ballotId));
    }

    /** @return the organisations recorded as having taken part in a ballot (a secret ballot's record of who voted) */
    public List<Long> participationOrganisations(long ballotId) {
        return organisations(
                "SELECT organisation_id FROM voting_participation WHERE ballot_id = ?", ps -> ps.setLong(1, ballotId));
    }

    public List<Long> participantOrganisations(long ballotId) {
        return organisations(
                "SELECT organisation_id FROM voting_participation WHERE ballot_id = ? UNION SELECT organisation_id FROM"
                        + " voting_vote WHERE ballot_id = ?",
                ps -> {
                    ps.setLong(1, ballotId);
                    ps.setLong(2, ballotId);
                });
    }

    /** @return the organisation ids a query's first column gives */
    private List<Long> organisations(String sql, JdbcQueries.Binder binder) {
        return queries.query(sql, binder, rs -> {
            List<Long> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getLong(1));
            }
            return result;
        });
    }

    /**
     * @return the assembly's ballots in which the organisation has voted, with when — nothing of the
     *     votes: an open ballot's vote row gives its time and revision, a secret ballot's participation its time
     */
    public List<Participation> participation(long assemblyId, long organisationId) {
        return queries.query(
                "SELECT b.id, v.cast_at, v.revision, p.cast_at, p.ballot_id FROM voting_ballot b"
                        + " LEFT JOIN voting_vote v ON v.ballot_id = b.id AND v.organisation_id = ?"
                        + " LEFT JOIN voting_participation p ON p.ballot_id = b.id AND p.organisation_id = ?"
                        + " WHERE b.assembly_id = ? AND (v.ballot_id IS NOT NULL OR p.ballot_id IS NOT NULL) ORDER BY b.id",
                ps -> {
                    ps.setLong(1, organisationId);
                    ps.setLong(2, organisationId);
                    ps.setLong(3, assemblyId);
                },
                rs -> {
                    List<Participation> result = new ArrayList<>();
                    while (rs.next()) {
                        Timestamp open = rs.getTimestamp(2);
                        Timestamp secret = rs.getTimestamp(4);
                        Timestamp at = open != null ? open : secret;
                        result.add(new Participation(
                                rs.getLong(1), at == null ? null : at.toInstant(), open != null ? rs.getInt(3) : 1));
                    }
                    return result;
                });
    }

    /** A secret ballot's vote: no organisation. */
    public record SecretVote(String receipt, String choice, String nonce, String tokenHash) {}

    // ---- the hash-chained log

    /** One log entry. */
    public record LogEntry(
            long seq, String action, String receipt, String replaces, String choice, String prevHash, String hash) {}

    /**
     * The end of a ballot's hash chain: the number of entries (they are numbered 1, 2, … without a
     * gap) and the last entry's hash, read from the key's index without reading the chain.
     */
    public record LogHead(long entries, String hash) {}

    /**
     * The ballot's last log entry: read backwards along the primary key (ballot, seq), so that it
     * costs the same for the first vote and the hundred-thousandth (a MAX(seq) or an ORDER BY seq
     * alone makes H2 read the ballot's whole log).
     */
    static final String LOG_HEAD = "SELECT seq, hash FROM voting_log WHERE ballot_id = ?"
            + " ORDER BY ballot_id DESC, seq DESC FETCH FIRST 1 ROW ONLY";

    /** @return the ballot's chain head; none when nothing was logged */
    public Optional<LogHead> logHead(long ballotId) {
        return queries.query(
                LOG_HEAD,
                ps -> ps.setLong(1, ballotId),
                rs -> rs.next() ? Optional.of(new LogHead(rs.getLong(1), rs.getString(2))) : Optional.empty());
    }

    public List<LogEntry> log(long ballotId) {
        return queries.query(
                "SELECT seq, action, receipt, replaces, choice, prev_hash, hash FROM voting_log WHERE ballot_id = ? ORDER"
                        + " BY seq",
                ps -> ps.setLong(1, ballotId),
                rs -> {
                    List<LogEntry> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new LogEntry(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7)));
                    }
                    return result;
                });
    }
}
