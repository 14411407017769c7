package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.store.BallotStore.CastRequest;
import eu.os2.platform.voting.internal.store.BallotStore.CastResult;
import eu.os2.platform.voting.internal.store.BallotStore.Refusal;
import eu.os2.platform.voting.internal.store.BallotStore.SecretVote;
import eu.os2.platform.voting.internal.store.BallotStore.Vote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/** The cast's unit of work: the ballot row's lock, attendance, the vote (open or secret) and the log entry, in one transaction. */
final class Casting {

    private Casting() {}

    /** Thrown inside the cast's transaction to roll it back with a refusal. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    /**
     * Records a vote in one transaction that first takes the ballot row's lock (as the close does):
     * the organisation must be present now, an open ballot's earlier vote goes to the history, a
     * secret ballot's participation is recorded once, and the hash-chained log gets the entry. A
     * second participation (also when the unique key refuses it) is refused as already voted.
     */
    static CastResult cast(JdbcQueries queries, CastRequest c) {
        try {
            return queries.transactionResult(con -> {
                if (!BallotStore.lockOpen(con, c.ballotId())) {
                    throw new Refused(Refusal.CLOSED);
                }
                if (!AttendanceStore.isPresent(con, c.assemblyId(), c.organisationId())) {
                    throw new Refused(Refusal.NOT_PRESENT); // ProcedureRule.CHECK_IN_BEFORE_VOTE
                }
                return c.secret() ? castSecret(con, c) : castOpen(con, c);
            });
        } catch (Refused r) {
            return new CastResult(r.refusal, 0);
        } catch (SQLException e) {
            if (DuplicateKeyException.isDuplicateKey(e)) {
                return new CastResult(Refusal.ALREADY_VOTED, 0);
            }
            throw new StorageException("voting storage failed: " + e.getMessage(), e);
        }
    }

    private static CastResult castOpen(Connection con, CastRequest c) throws SQLException {
        Optional<Vote> old = vote(con, c.ballotId(), c.organisationId());
        int revision = old.map(v -> v.revision() + 1).orElse(1);
        Vote vote = new Vote(c.organisationId(), c.choice(), c.nonce(), c.receipt(), revision, c.by(), c.at());
        if (old.isEmpty()) {
            insertVote(con, c.ballotId(), vote);
            append(con, c.ballotId(), "CAST", c.receipt(), null, c.choice());
        } else {
            replaceVote(con, c.ballotId(), old.get(), vote);
            append(con, c.ballotId(), "REPLACE", c.receipt(), old.get().receipt(), c.choice());
            count(con, c.ballotId(), old.get().choice(), -1);
        }
        count(con, c.ballotId(), c.choice(), 1);
        return new CastResult(null, revision);
    }

    private static CastResult castSecret(Connection con, CastRequest c) throws SQLException {
        SecretVote vote = new SecretVote(c.receipt(), c.choice(), c.nonce(), c.tokenHash());
        if (c.changeTokenHash() != null) {
            SecretVote old = secretVoteByToken(con, c.ballotId(), c.changeTokenHash())
                    .orElseThrow(() -> new Refused(Refusal.UNKNOWN_TOKEN));
            deleteSecretVote(con, old.receipt());
            insertSecretVote(con, c.ballotId(), vote);
            append(con, c.ballotId(), "REPLACE", c.receipt(), old.receipt(), c.choice());
            count(con, c.ballotId(), old.choice(), -1);
            count(con, c.ballotId(), c.choice(), 1);
            return new CastResult(null, 2);
        }
        if (!insertParticipation(con, c.ballotId(), c.organisationId(), c.by())) {
            throw new Refused(Refusal.ALREADY_VOTED);
        }
        insertSecretVote(con, c.ballotId(), vote);
        append(con, c.ballotId(), "CAST", c.receipt(), null, c.choice());
        count(con, c.ballotId(), c.choice(), 1);
        return new CastResult(null, 1);
    }

    private static Optional<Vote> vote(Connection con, long ballotId, long organisationId) throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("SELECT organisation_id, choice, nonce, receipt, revision, cast_by, cast_at"
                        + " FROM voting_vote WHERE ballot_id = ? AND organisation_id = ?")) {
            ps.setLong(1, ballotId);
            ps.setLong(2, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(BallotStore.vote(rs)) : Optional.empty();
            }
        }
    }

    private static void insertVote(Connection con, long ballotId, Vote v) throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("INSERT INTO voting_vote (ballot_id, organisation_id, choice, nonce, receipt,"
                        + " revision, cast_by, cast_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, ballotId);
            ps.setLong(2, v.organisationId());
            ps.setString(3, v.choice());
            ps.setString(4, v.nonce());
            ps.setString(5, v.receipt());
            ps.setInt(6, v.revision());
            ps.setString(7, v.castBy());
            ps.setTimestamp(8, Timestamp.from(v.castAt()));
            ps.executeUpdate();
        }
    }

    /** Keeps the old vote in the history and puts the new one in its place. */
    private static void replaceVote(Connection con, long ballotId, Vote old, Vote now) throws SQLException {
        try (PreparedStatement h =
                con.prepareStatement("INSERT INTO voting_vote_history (ballot_id, organisation_id, choice, receipt,"
                        + " revision, cast_by, cast_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            h.setLong(1, ballotId);
            h.setLong(2, old.organisationId());
            h.setString(3, old.choice());
            h.setString(4, old.receipt());
            h.setInt(5, old.revision());
            h.setString(6, old.castBy());
            h.setTimestamp(7, Timestamp.from(old.castAt()));
            h.executeUpdate();
        }
        try (PreparedStatement ps =
                con.prepareStatement("UPDATE voting_vote SET choice = ?, nonce = ?, receipt = ?, revision = ?,"
                        + " cast_by = ?, cast_at = ? WHERE ballot_id = ? AND organisation_id = ?")) {
            ps.setString(1, now.choice());
            ps.setString(2, now.nonce());
            ps.setString(3, now.receipt());
            ps.setInt(4, now.revision());
            ps.setString(5, now.castBy());
            ps.setTimestamp(6, Timestamp.from(now.castAt()));
            ps.setLong(7, ballotId);
            ps.setLong(8, now.organisationId());
            ps.executeUpdate();
        }
    }

    /** @return false when the organisation has already taken part in the secret ballot */
    private static boolean insertParticipation(Connection con, long ballotId, long organisationId, String by)
            throws SQLException {
        try (PreparedStatement exists = con.prepareStatement(
                "SELECT 1 FROM voting_participation WHERE ballot_id = ? AND organisation_id" + " = ?")) {
            exists.setLong(1, ballotId);
            exists.setLong(2, organisationId);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        // no time: with the log's order of the secret votes, a time per organisation would tell who voted what
        try (PreparedStatement ps = con.prepareStatement(
                "INSERT INTO voting_participation (ballot_id, organisation_id, cast_by) VALUES (?, ?, ?)")) {
            ps.setLong(1, ballotId);
            ps.setLong(2, organisationId);
            ps.setString(3, by);
            ps.executeUpdate();
            return true;
        }
    }

    private static void insertSecretVote(Connection con, long ballotId, SecretVote v) throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("INSERT INTO voting_secret_vote (receipt, ballot_id, choice, nonce, token_hash)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, v.receipt());
            ps.setLong(2, ballotId);
            ps.setString(3, v.choice());
            ps.setString(4, v.nonce());
            ps.setString(5, v.tokenHash());
            ps.executeUpdate();
        }
    }

    private static Optional<SecretVote> secretVoteByToken(Connection con, long ballotId, String tokenHash)
            throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("SELECT receipt, choice, nonce, token_hash FROM voting_secret_vote WHERE"
                        + " ballot_id = ? AND token_hash = ?")) {
            ps.setLong(1, ballotId);
            ps.setString(2, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(
                                new SecretVote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        }
    }

    private static void deleteSecretVote(Connection con, String receipt) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("DELETE FROM voting_secret_vote WHERE receipt = ?")) {
            ps.setString(1, receipt);
            ps.executeUpdate();
        }
    }

    /**
     * Adds {@code delta} to the ballot's votes for a choice (the caller holds the ballot's lock, so
     * no other cast changes the same count): what the close counts, without reading every vote.
     */
    private static void count(Connection con, long ballotId, String choice, int delta) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "UPDATE voting_choice_count SET votes = votes + ? WHERE ballot_id = ? AND choice = ?")) {
            ps.setInt(1, delta);
            ps.setLong(2, ballotId);
            ps.setString(3, choice);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        if (delta < 0) {
            throw new IllegalStateException("ballot " + ballotId + " has no count for a vote it replaces");
        }
        try (PreparedStatement ps =
                con.prepareStatement("INSERT INTO voting_choice_count (ballot_id, choice, votes) VALUES (?, ?, ?)")) {
            ps.setLong(1, ballotId);
            ps.setString(2, choice);
            ps.setInt(3, delta);
            ps.executeUpdate();
        }
    }

    /** Appends an entry after the ballot's last one (the caller holds the ballot's lock). */
    private static void append(
            Connection con, long ballotId, String action, String receipt, String replaces, String choice)
            throws SQLException {
        long seq = 0;
        String prev = Receipts.GENESIS;
        try (PreparedStatement ps = con.prepareStatement(BallotStore.LOG_HEAD)) {
            ps.setLong(1, ballotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1);
                    prev = rs.getString(2);
                }
            }
        }
        long next = seq + 1;
        try (PreparedStatement ps =
                con.prepareStatement("INSERT INTO voting_log (ballot_id, seq, action, receipt, replaces, choice,"
                        + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, ballotId);
            ps.setLong(2, next);
            ps.setString(3, action);
            ps.setString(4, receipt);
            ps.setString(5, replaces);
            ps.setString(6, choice);
            ps.setString(7, prev);
            ps.setString(8, Receipts.chain(prev, next, ballotId, action, receipt, replaces, choice));
            ps.executeUpdate();
        }
    }
}
