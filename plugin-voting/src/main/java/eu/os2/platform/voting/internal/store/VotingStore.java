package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.model.Registration;
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

/** The voting plugin's tables in plain JDBC. */
public class VotingStore {

    private static final String ASSEMBLY_COLUMNS = "id, kind, title, held_at, place, called_on, proposals_due, material_due, rule_set,"
            + " minutes_published_on, version";
    private static final String BALLOT_COLUMNS = "id, assembly_id, item_id, kind, decision_type, title, secret, seats, options, closes_at,"
            + " state, opened_at, closed_at, summary, passed, result, version";

    private final DataSource dataSource;
    private final JdbcQueries queries;

    public VotingStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.queries = new JdbcQueries(dataSource, "voting");
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    // ---- assemblies and agenda

    public List<Assembly> assemblies() {
        return queries.query("SELECT " + ASSEMBLY_COLUMNS + " FROM voting_assembly ORDER BY held_at DESC", ps -> {}, VotingStore::assemblies);
    }

    public Optional<Assembly> assembly(long id) {
        return queries.query("SELECT " + ASSEMBLY_COLUMNS + " FROM voting_assembly WHERE id = ?", ps -> ps.setLong(1, id), VotingStore::assemblies)
                .stream().findFirst();
    }

    private static List<Assembly> assemblies(ResultSet rs) throws SQLException {
        List<Assembly> result = new ArrayList<>();
        while (rs.next()) {
            Date published = rs.getDate("minutes_published_on");
            result.add(new Assembly(rs.getLong("id"), AssemblyKind.valueOf(rs.getString("kind")), rs.getString("title"),
                    rs.getTimestamp("held_at").toLocalDateTime(), rs.getString("place"), rs.getDate("called_on").toLocalDate(),
                    rs.getDate("proposals_due").toLocalDate(), rs.getDate("material_due").toLocalDate(), rs.getString("rule_set"),
                    published == null ? null : published.toLocalDate(), rs.getLong("version")));
        }
        return result;
    }

    /** Inserts the assembly and its agenda in one transaction. */
    public long insertAssembly(Assembly a, List<Agenda.Item> agenda) throws SQLException {
        return queries.transactionResult(con -> {
            long id;
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_assembly (kind, title, held_at, place, called_on, proposals_due,"
                    + " material_due, rule_set, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
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
            return id;
        });
    }

    public void updateAssembly(Assembly a, long expectedVersion) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE voting_assembly SET title = ?, held_at = ?, place = ?, called_on = ?,"
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
    }

    /** Adds an item at the end of the agenda, or before "Eventuelt" when there is one. */
    public long addItem(long assemblyId, Agenda.ItemKind kind, String title, String description, DecisionType type, Long proposedBy)
            throws SQLException {
        return queries.transactionResult(con -> {
            int position;
            try (PreparedStatement lock = con.prepareStatement("SELECT version FROM voting_assembly WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, assemblyId);
                lock.executeQuery().close();
            }
            Integer anyOther = null;
            int max = 0;
            try (PreparedStatement ps = con.prepareStatement("SELECT sort_order, kind FROM voting_item WHERE assembly_id = ?")) {
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
                try (PreparedStatement shift = con.prepareStatement("UPDATE voting_item SET sort_order = sort_order + 1 WHERE assembly_id = ?"
                        + " AND sort_order >= ?")) {
                    shift.setLong(1, assemblyId);
                    shift.setInt(2, anyOther);
                    shift.executeUpdate();
                }
                position = anyOther;
            } else {
                position = max + 1;
            }
            long id = insertItem(con, assemblyId, position, kind, title, description, type, proposedBy);
            return id;
        });
    }

    private static long insertItem(Connection con, long assemblyId, int position, Agenda.ItemKind kind, String title, String description,
            DecisionType type, Long proposedBy) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_item (assembly_id, sort_order, kind, title, description,"
                + " decision_type, proposed_by) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
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
        return queries.query("SELECT id, assembly_id, sort_order, kind, title, description, decision_type, proposed_by FROM voting_item"
                + " WHERE assembly_id = ? ORDER BY sort_order", ps -> ps.setLong(1, assemblyId), rs -> {
                    List<AgendaItem> result = new ArrayList<>();
                    while (rs.next()) {
                        String type = rs.getString(7);
                        result.add(new AgendaItem(rs.getLong(1), rs.getLong(2), rs.getInt(3), Agenda.ItemKind.valueOf(rs.getString(4)),
                                rs.getString(5), rs.getString(6), type == null ? null : DecisionType.valueOf(type),
                                rs.getObject(8) == null ? null : rs.getLong(8)));
                    }
                    return result;
                });
    }

    public Optional<String> minutes(long assemblyId) {
        return Optional.ofNullable(queries.query("SELECT minutes FROM voting_assembly WHERE id = ?", ps -> ps.setLong(1, assemblyId),
                rs -> rs.next() ? rs.getString(1) : null));
    }

    public void saveMinutes(long assemblyId, long expectedVersion, String text, LocalDate publishedOn) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE voting_assembly SET minutes = ?, minutes_published_on = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")) {
            ps.setString(1, text);
            ps.setDate(2, publishedOn == null ? null : Date.valueOf(publishedOn));
            ps.setLong(3, assemblyId);
            ps.setLong(4, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw stale("assembly " + assemblyId, "voting_assembly", assemblyId);
            }
        }
    }

    // ---- requests for an extraordinary assembly

    /** @return false when the organisation already has a request standing */
    public boolean insertRequest(long organisationId, String by, String reason, Instant at) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO voting_request (organisation_id, requested_by, reason, requested_at)"
                        + " VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, organisationId);
            ps.setString(2, by);
            ps.setString(3, reason);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
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

    public void clearRequests() throws SQLException {
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            st.executeUpdate("DELETE FROM voting_request");
        }
    }

    // ---- registration and attendance

    public List<Registration> registrations(long assemblyId) {
        return registrations(" ORDER BY organisation_id", assemblyId, null);
    }

    /** @return one organisation's registration at the assembly */
    public Optional<Registration> registration(long assemblyId, long organisationId) {
        return registrations(" AND organisation_id = ?", assemblyId, organisationId).stream().findFirst();
    }

    /** @return how many organisations are recorded present */
    public long presentCount(long assemblyId) {
        return queries.query("SELECT COUNT(*) FROM voting_registration WHERE assembly_id = ? AND present_since IS NOT NULL", ps -> ps.setLong(1, assemblyId),
                rs -> {
                    rs.next();
                    return rs.getLong(1);
                });
    }

    /** @return how many organisations the holder votes for by proxy */
    public long proxiesHeld(long assemblyId, long holder) {
        return queries.query("SELECT COUNT(*) FROM voting_registration WHERE assembly_id = ? AND proxy_for = ?", ps -> {
            ps.setLong(1, assemblyId);
            ps.setLong(2, holder);
        }, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    private List<Registration> registrations(String where, long assemblyId, Long organisationId) {
        return queries.query("SELECT assembly_id, organisation_id, representative, substitute, present_since, proxy_for FROM voting_registration"
                + " WHERE assembly_id = ?" + where, ps -> {
                    ps.setLong(1, assemblyId);
                    if (organisationId != null) {
                        ps.setLong(2, organisationId);
                    }
                }, rs -> {
                    List<Registration> result = new ArrayList<>();
                    while (rs.next()) {
                        Timestamp present = rs.getTimestamp(5);
                        result.add(new Registration(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                present == null ? null : present.toInstant(), rs.getObject(6) == null ? null : rs.getLong(6)));
                    }
                    return result;
                });
    }

    /** Inserts or replaces an organisation's registration. */
    public void putRegistration(Connection con, Registration r) throws SQLException {
        try (PreparedStatement del = con.prepareStatement("DELETE FROM voting_registration WHERE assembly_id = ? AND organisation_id = ?")) {
            del.setLong(1, r.assemblyId());
            del.setLong(2, r.organisationId());
            del.executeUpdate();
        }
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_registration (assembly_id, organisation_id, representative, substitute,"
                + " present_since, proxy_for) VALUES (?, ?, ?, ?, ?, ?)")) {
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
            ps.executeUpdate();
        }
    }

    public void putRegistration(Registration r) throws SQLException {
        queries.transaction(con -> {
            putRegistration(con, r);
        });
    }

    /** Records the organisation present if it is not yet; registers the user as its representative when nobody is. */
    public void markPresent(Connection con, long assemblyId, long organisationId, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("UPDATE voting_registration SET present_since = ? WHERE assembly_id = ?"
                + " AND organisation_id = ? AND present_since IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, assemblyId);
            ps.setLong(3, organisationId);
            ps.executeUpdate();
        }
        try (PreparedStatement exists = con.prepareStatement("SELECT 1 FROM voting_registration WHERE assembly_id = ? AND organisation_id = ?")) {
            exists.setLong(1, assemblyId);
            exists.setLong(2, organisationId);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    putRegistration(con, new Registration(assemblyId, organisationId, user, null, at, null));
                }
            }
        }
    }

    // ---- ballots

    public long insertBallot(Ballot b) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO voting_ballot (assembly_id, item_id, kind, decision_type, title, secret, seats,"
                        + " options, closes_at, state, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 1)", Statement.RETURN_GENERATED_KEYS)) {
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
    }

    public List<Ballot> ballots(long assemblyId) {
        return queries.query("SELECT " + BALLOT_COLUMNS + " FROM voting_ballot WHERE assembly_id = ? ORDER BY id", ps -> ps.setLong(1, assemblyId),
                VotingStore::ballots);
    }

    public List<Ballot> closedBallots() {
        return queries.query("SELECT " + BALLOT_COLUMNS + " FROM voting_ballot WHERE state = 'CLOSED' ORDER BY closed_at DESC", ps -> {}, VotingStore::ballots);
    }

    public Optional<Ballot> ballot(long id) {
        return queries.query("SELECT " + BALLOT_COLUMNS + " FROM voting_ballot WHERE id = ?", ps -> ps.setLong(1, id), VotingStore::ballots).stream().findFirst();
    }

    private static List<Ballot> ballots(ResultSet rs) throws SQLException {
        List<Ballot> result = new ArrayList<>();
        while (rs.next()) {
            Timestamp closes = rs.getTimestamp("closes_at");
            Timestamp opened = rs.getTimestamp("opened_at");
            Timestamp closed = rs.getTimestamp("closed_at");
            result.add(new Ballot(rs.getLong("id"), rs.getLong("assembly_id"), rs.getObject("item_id") == null ? null : rs.getLong("item_id"),
                    BallotKind.valueOf(rs.getString("kind")), DecisionType.valueOf(rs.getString("decision_type")), rs.getString("title"),
                    rs.getBoolean("secret"), rs.getInt("seats"), options(rs.getString("options")), closes == null ? null : closes.toInstant(),
                    rs.getString("state"), opened == null ? null : opened.toInstant(), closed == null ? null : closed.toInstant(),
                    rs.getString("summary"), rs.getObject("passed") == null ? null : rs.getBoolean("passed"), rs.getString("result"),
                    rs.getLong("version")));
        }
        return result;
    }

    /** Options are stored one per line: id|label|organisation id (or empty). */
    static String options(List<Option> options) {
        StringBuilder s = new StringBuilder();
        for (Option o : options) {
            s.append(o.id()).append('|').append(o.label().replace('|', '/').replace('\n', ' ')).append('|')
                    .append(o.organisationId() == null ? "" : o.organisationId()).append('\n');
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
    public boolean open(long ballotId, Instant at) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE voting_ballot SET state = 'OPEN', opened_at = ?, version = version + 1"
                        + " WHERE id = ? AND state = 'DRAFT'")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, ballotId);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Takes the ballot's row lock if it is open: casts and the close of one ballot happen one after
     * the other, so nothing is counted after the close. @return whether it is open
     */
    public boolean lockOpen(Connection con, long ballotId) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("UPDATE voting_ballot SET version = version WHERE id = ? AND state = 'OPEN'")) {
            ps.setLong(1, ballotId);
            return ps.executeUpdate() == 1;
        }
    }

    public void close(Connection con, long ballotId, Instant at, String summary, boolean passed, String digest) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("UPDATE voting_ballot SET state = 'CLOSED', closed_at = ?, summary = ?, passed = ?, result = ?,"
                + " version = version + 1 WHERE id = ? AND state = 'OPEN'")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, summary);
            ps.setBoolean(3, passed);
            ps.setString(4, digest);
            ps.setLong(5, ballotId);
            ps.executeUpdate();
        }
    }

    // ---- votes

    /** An open ballot's current vote. */
    public record Vote(long organisationId, String choice, String nonce, String receipt, int revision, String castBy, Instant castAt) {}

    public Optional<Vote> vote(Connection con, long ballotId, long organisationId) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT organisation_id, choice, nonce, receipt, revision, cast_by, cast_at FROM voting_vote"
                + " WHERE ballot_id = ? AND organisation_id = ?")) {
            ps.setLong(1, ballotId);
            ps.setLong(2, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(vote(rs)) : Optional.empty();
            }
        }
    }

    private static Vote vote(ResultSet rs) throws SQLException {
        return new Vote(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }

    public List<Vote> votes(long ballotId) {
        return queries.query("SELECT organisation_id, choice, nonce, receipt, revision, cast_by, cast_at FROM voting_vote WHERE ballot_id = ?"
                + " ORDER BY receipt", ps -> ps.setLong(1, ballotId), rs -> {
                    List<Vote> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(vote(rs));
                    }
                    return result;
                });
    }

    public void insertVote(Connection con, long ballotId, Vote v) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_vote (ballot_id, organisation_id, choice, nonce, receipt, revision,"
                + " cast_by, cast_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
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
    public void replaceVote(Connection con, long ballotId, Vote old, Vote now) throws SQLException {
        try (PreparedStatement h = con.prepareStatement("INSERT INTO voting_vote_history (ballot_id, organisation_id, choice, receipt, revision,"
                + " cast_by, cast_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            h.setLong(1, ballotId);
            h.setLong(2, old.organisationId());
            h.setString(3, old.choice());
            h.setString(4, old.receipt());
            h.setInt(5, old.revision());
            h.setString(6, old.castBy());
            h.setTimestamp(7, Timestamp.from(old.castAt()));
            h.executeUpdate();
        }
        try (PreparedStatement ps = con.prepareStatement("UPDATE voting_vote SET choice = ?, nonce = ?, receipt = ?, revision = ?, cast_by = ?,"
                + " cast_at = ? WHERE ballot_id = ? AND organisation_id = ?")) {
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

    public int historyCount(long ballotId, long organisationId) {
        return queries.query("SELECT COUNT(*) FROM voting_vote_history WHERE ballot_id = ? AND organisation_id = ?", ps -> {
            ps.setLong(1, ballotId);
            ps.setLong(2, organisationId);
        }, rs -> {
            rs.next();
            return rs.getInt(1);
        });
    }

    /** @return false when the organisation has already taken part in the secret ballot */
    public boolean insertParticipation(Connection con, long ballotId, long organisationId, String by) throws SQLException {
        try (PreparedStatement exists = con.prepareStatement("SELECT 1 FROM voting_participation WHERE ballot_id = ? AND organisation_id = ?")) {
            exists.setLong(1, ballotId);
            exists.setLong(2, organisationId);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_participation (ballot_id, organisation_id, cast_by) VALUES (?, ?, ?)")) {
            ps.setLong(1, ballotId);
            ps.setLong(2, organisationId);
            ps.setString(3, by);
            ps.executeUpdate();
            return true;
        }
    }

    public long participants(long ballotId) {
        return queries.query("SELECT COUNT(*) FROM voting_participation WHERE ballot_id = ?", ps -> ps.setLong(1, ballotId), rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    public List<Long> participantOrganisations(long ballotId) {
        return queries.query("SELECT organisation_id FROM voting_participation WHERE ballot_id = ? UNION SELECT organisation_id FROM voting_vote"
                + " WHERE ballot_id = ?", ps -> {
                    ps.setLong(1, ballotId);
                    ps.setLong(2, ballotId);
                }, rs -> {
                    List<Long> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(rs.getLong(1));
                    }
                    return result;
                });
    }

    /** A secret ballot's vote: no organisation. */
    public record SecretVote(String receipt, String choice, String nonce, String tokenHash) {}

    public void insertSecretVote(Connection con, long ballotId, SecretVote v) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_secret_vote (receipt, ballot_id, choice, nonce, token_hash)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, v.receipt());
            ps.setLong(2, ballotId);
            ps.setString(3, v.choice());
            ps.setString(4, v.nonce());
            ps.setString(5, v.tokenHash());
            ps.executeUpdate();
        }
    }

    public Optional<SecretVote> secretVoteByToken(Connection con, long ballotId, String tokenHash) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT receipt, choice, nonce, token_hash FROM voting_secret_vote WHERE ballot_id = ?"
                + " AND token_hash = ?")) {
            ps.setLong(1, ballotId);
            ps.setString(2, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SecretVote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))) : Optional.empty();
            }
        }
    }

    public void deleteSecretVote(Connection con, String receipt) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("DELETE FROM voting_secret_vote WHERE receipt = ?")) {
            ps.setString(1, receipt);
            ps.executeUpdate();
        }
    }

    public List<SecretVote> secretVotes(long ballotId) {
        return queries.query("SELECT receipt, choice, nonce, token_hash FROM voting_secret_vote WHERE ballot_id = ? ORDER BY receipt",
                ps -> ps.setLong(1, ballotId), rs -> {
                    List<SecretVote> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new SecretVote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                    return result;
                });
    }

    // ---- the hash-chained log

    /** One log entry. */
    public record LogEntry(long seq, String action, String receipt, String replaces, String choice, String prevHash, String hash) {}

    /** Appends an entry after the ballot's last one (the caller holds the ballot's lock). */
    public void append(Connection con, long ballotId, String action, String receipt, String replaces, String choice) throws SQLException {
        long seq = 0;
        String prev = Receipts.GENESIS;
        try (PreparedStatement ps = con.prepareStatement("SELECT seq, hash FROM voting_log WHERE ballot_id = ? ORDER BY seq DESC")) {
            ps.setLong(1, ballotId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1);
                    prev = rs.getString(2);
                }
            }
        }
        long next = seq + 1;
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO voting_log (ballot_id, seq, action, receipt, replaces, choice, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
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

    public List<LogEntry> log(long ballotId) {
        return queries.query("SELECT seq, action, receipt, replaces, choice, prev_hash, hash FROM voting_log WHERE ballot_id = ? ORDER BY seq",
                ps -> ps.setLong(1, ballotId), rs -> {
                    List<LogEntry> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new LogEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7)));
                    }
                    return result;
                });
    }

    // ---- plumbing

    private ConcurrentChangeException stale(String what, String table, long id) {
        return queries.stale(what + " was changed meanwhile", table, "id", id);
    }
}
