package eu.os2.platform.voting.internal.ballot;

import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.CloseSnapshot;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.model.RuleSet;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.AttendanceStore;
import eu.os2.platform.voting.internal.store.BallotStore;
import eu.os2.platform.voting.internal.store.SnapshotStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counting for {@link BallotsImpl}: the snapshot a close takes (who is present, who may vote, the
 * count, the rule, the chain head) and, for a closed ballot, the snapshot it stored.
 */
final class Counting {

    private final BallotStore store;
    private final AssemblyStore assemblies;
    private final AttendanceStore attendance;
    private final SnapshotStore snapshots;
    private final Electorate electorate;

    Counting(VotingDatabase database, Electorate electorate) {
        this.store = database.ballots();
        this.assemblies = database.assemblies();
        this.attendance = database.attendance();
        this.snapshots = database.snapshots();
        this.electorate = electorate;
    }

    /** Takes what the close decides on; called under the ballot's lock, in the close's transaction. */
    CloseSnapshot decide(Ballot b) {
        Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
        RuleSet rules = electorate.ruleSet(a);
        Set<Long> eligible = electorate.eligible();
        // present at the close: checked in now, and every member whose vote counts (it was present
        // when it voted; a check-out afterwards must not shrink the base its vote is counted in)
        Set<Long> present = presentVoters(a.id());
        present.addAll(store.participantOrganisations(b.id()));
        present.retainAll(eligible);
        List<BallotStore.LogEntry> log = store.log(b.id());
        return new CloseSnapshot(
                b.id(),
                present,
                eligible,
                tally(b, rules, present.size(), eligible.size()),
                CloseSnapshot.rule(rules, rules.rule(b.decisionType())),
                log.isEmpty() ? Receipts.GENESIS : log.get(log.size() - 1).hash(),
                log.size());
    }

    Set<Long> presentVoters(long assemblyId) {
        Set<Long> present = new HashSet<>(attendance.presentNow(assemblyId));
        present.retainAll(electorate.eligible());
        return present;
    }

    /** Counts the stored votes with the given numbers present and eligible. */
    Tally.Result tally(Ballot b, RuleSet rules, long present, long eligible) {
        List<String> choices = b.secret()
                ? store.secretVotes(b.id()).stream()
                        .map(BallotStore.SecretVote::choice)
                        .toList()
                : store.votes(b.id()).stream().map(BallotStore.Vote::choice).toList();
        return Tally.count(
                b.kind(), rules.rule(b.decisionType()), rules, b.options(), b.seats(), choices, present, eligible);
    }

    /**
     * @return the closed ballot's snapshot; a ballot closed before snapshots were kept is recounted
     *     with the numbers present and eligible its stored digest names
     */
    CloseSnapshot frozen(Ballot b) {
        return snapshots.snapshot(b.id()).orElseGet(() -> {
            Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
            RuleSet rules = electorate.ruleSet(a);
            long present = Verifier.digestNumber(b.resultDigest(), "present");
            long eligible = Verifier.digestNumber(b.resultDigest(), "eligible");
            return new CloseSnapshot(
                    b.id(),
                    Set.of(),
                    Set.of(),
                    tally(b, rules, present, eligible),
                    CloseSnapshot.rule(rules, rules.rule(b.decisionType())),
                    null,
                    0);
        });
    }
}
