package eu.os2.platform.voting.internal.ballot;

import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.FrozenResult;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.model.Verification;
import eu.os2.platform.voting.internal.store.BallotStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The independent check of a ballot: every receipt recomputed from its stored choice and nonce,
 * the hash chain recomputed and replayed to the current votes, and the recount compared with the
 * result stored at the close. It only reads.
 */
final class Verifier {

    private Verifier() {}

    /**
     * @param count counts choices with the numbers present and eligible of the close: the stored
     *     votes this check reads are counted again with it
     * @param frozen what the close stored (its chain head is null for a ballot closed before snapshots were kept)
     */
    static Verification verify(
            BallotStore store, Ballot b, Function<List<String>, Tally.Result> count, FrozenResult frozen) {
        long ballotId = b.id();
        // the current votes are read and their receipts checked on a second thread while this one
        // reads and replays the log: a closed ballot's rows no longer change
        CompletableFuture<CurrentVotes> votes = CompletableFuture.supplyAsync(() -> currentVotes(store, b));
        List<BallotStore.LogEntry> log = store.log(ballotId);
        List<String> chainProblems = new ArrayList<>();
        String previous = Receipts.GENESIS;
        Map<String, String> replayed = new HashMap<>();
        long expectedSeq = 1;
        for (BallotStore.LogEntry e : log) {
            if (e.seq() != expectedSeq++
                    || !e.prevHash().equals(previous)
                    || !Receipts.chain(previous, e.seq(), ballotId, e.action(), e.receipt(), e.replaces(), e.choice())
                            .equals(e.hash())) {
                chainProblems.add("log entry " + e.seq() + " breaks the hash chain");
            }
            previous = e.hash();
            if (e.replaces() != null) {
                replayed.remove(e.replaces());
            }
            replayed.put(e.receipt(), e.choice());
        }
        CurrentVotes read;
        try {
            read = votes.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Map<String, String> current = read.choices();
        List<String> problems = new ArrayList<>(read.problems());
        problems.addAll(chainProblems);
        if (!replayed.equals(current)) {
            problems.add("the counted ballots differ from the log: " + difference(replayed, current));
        }
        Tally.Result recount = count.apply(new ArrayList<>(current.values()));
        if (b.resultDigest() != null && !b.resultDigest().equals(recount.digest())) {
            problems.add("the recount differs from the result published at the close");
        }
        if (b.resultDigest() != null && !b.resultDigest().equals(frozen.result().digest())) {
            problems.add("the stored result differs from the result published at the close");
        }
        if (frozen.chainHead() != null
                && (!frozen.chainHead().equals(previous) || frozen.chainEntries() != log.size())) {
            problems.add("the hash chain differs from its head stored at the close");
        }
        return new Verification(
                ballotId,
                problems.isEmpty(),
                current.size(),
                log.size(),
                recount.digest(),
                b.resultDigest(),
                List.copyOf(problems));
    }

    /** The ballot's current votes by receipt, and what their check found. */
    private record CurrentVotes(Map<String, String> choices, List<String> problems) {}

    /** Reads the current votes and recomputes every receipt from its stored choice and nonce. */
    private static CurrentVotes currentVotes(BallotStore store, Ballot b) {
        long ballotId = b.id();
        List<String> problems = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        for (BallotStore.CountedBallot v : store.countedBallots(ballotId, b.secret())) {
            current.put(v.receipt(), v.choice());
            if (!Receipts.receipt(ballotId, v.choice(), v.nonce()).equals(v.receipt())) {
                problems.add("receipt " + v.receipt() + " does not match its stored choice");
            }
        }
        if (b.secret()) {
            long participants = store.participants(ballotId);
            if (participants != current.size()) {
                problems.add(participants + " organisations took part but " + current.size() + " ballots are counted");
            }
        }
        return new CurrentVotes(current, problems);
    }

    /** @return a number the digest names ({@code present=12}), or 0 when it names none */
    static long digestNumber(String digest, String name) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?:^|;)" + name + "=(\\d+)").matcher(digest == null ? "" : digest);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String difference(Map<String, String> log, Map<String, String> rows) {
        Set<String> all = new HashSet<>(log.keySet());
        all.addAll(rows.keySet());
        return all.stream()
                .filter(r -> !Objects.equals(log.get(r), rows.get(r)))
                .limit(5)
                .map(r -> r.substring(0, 12) + "…")
                .collect(Collectors.joining(", "));
    }
}
