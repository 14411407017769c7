package eu.os2.platform.voting.internal.ballot;

import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.CloseSnapshot;
import eu.os2.platform.voting.internal.model.FrozenResult;
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
import java.util.Map;
import java.util.Optional;
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
        Set<Long> present = new HashSet<>(attendance.presentNow(a.id())); // only the eligible count: see below
        // the count the casts kept per choice, and who took part (an open vote names its
        // organisation; a secret one is recorded apart from it, in the participation); verification
        // counts the votes themselves and compares
        Map<String, Long> choices = store.choiceCounts(b.id());
        if (!b.secret()) {
            present.addAll(store.voters(b.id()));
        }
        present.addAll(store.participationOrganisations(b.id()));
        present.retainAll(eligible);
        Optional<BallotStore.LogHead> head = store.logHead(b.id());
        return new CloseSnapshot(
                b.id(),
                present,
                eligible,
                Tally.countGrouped(
                        b.kind(),
                        rules.rule(b.decisionType()),
                        rules,
                        b.options(),
                        b.seats(),
                        choices,
                        present.size(),
                        eligible.size()),
                CloseSnapshot.rule(rules, rules.rule(b.decisionType())),
                head.map(BallotStore.LogHead::hash).orElse(Receipts.GENESIS),
                Math.toIntExact(head.map(BallotStore.LogHead::entries).orElse(0L)));
    }

    Set<Long> presentVoters(long assemblyId) {
        Set<Long> present = new HashSet<>(attendance.presentNow(assemblyId));
        present.retainAll(electorate.eligible());
        return present;
    }

    /** Counts the stored votes with the given numbers present and eligible. */
    Tally.Result tally(Ballot b, RuleSet rules, long present, long eligible) {
        return count(b, rules, store.choices(b.id(), b.secret()), present, eligible);
    }

    /** Counts the choices by the ballot's rule with the given numbers present and eligible. */
    static Tally.Result count(Ballot b, RuleSet rules, List<String> choices, long present, long eligible) {
        return Tally.count(
                b.kind(), rules.rule(b.decisionType()), rules, b.options(), b.seats(), choices, present, eligible);
    }

    /**
     * @return what the closed ballot's close stored; a ballot closed before snapshots were kept is
     *     recounted with the numbers present and eligible its stored digest names
     */
    FrozenResult frozen(Ballot b) {
        return snapshots.snapshot(b.id()).orElseGet(() -> {
            Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
            RuleSet rules = electorate.ruleSet(a);
            long present = Verifier.digestNumber(b.resultDigest(), "present");
            long eligible = Verifier.digestNumber(b.resultDigest(), "eligible");
            return new FrozenResult(
                    b.id(),
                    tally(b, rules, present, eligible),
                    CloseSnapshot.rule(rules, rules.rule(b.decisionType())),
                    null,
                    0);
        });
    }
}
