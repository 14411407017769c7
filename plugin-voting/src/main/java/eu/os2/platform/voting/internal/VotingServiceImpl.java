package eu.os2.platform.voting.internal;

import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.FrozenResult;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.BallotStore;
import eu.os2.platform.voting.internal.store.SnapshotStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The published {@link VotingService}: assemblies and the decisions of closed ballots, read from the
 * plugin's tables. The work itself is done by the areas behind {@link Assemblies}, {@link Ballots}
 * and {@link Minutes}.
 */
@Component(service = VotingService.class)
public class VotingServiceImpl implements VotingService {

    private final AssemblyStore assemblies;
    private final BallotStore ballots;
    private final SnapshotStore snapshots;

    @Activate
    public VotingServiceImpl(@Reference VotingDatabase database) {
        this.assemblies = database.assemblies();
        this.ballots = database.ballots();
        this.snapshots = database.snapshots();
    }

    @Override
    public List<Assembly> assemblies() {
        return assemblies.assemblies();
    }

    @Override
    public Optional<Assembly> assembly(long id) {
        return assemblies.assembly(id);
    }

    @Override
    public List<Decision> decisions() {
        return ballots.closedBallots().stream().map(this::decision).toList();
    }

    @Override
    public Optional<Decision> decision(PlatformRef ref) {
        if (!PlatformRef.DECISION.equals(ref.type()) || !ref.id().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return ballots.ballot(Long.parseLong(ref.id()))
                .filter(b -> Ballot.CLOSED.equals(b.state()))
                .map(this::decision);
    }

    /** A closed ballot's decision as its close stored it (the snapshot; the ballot's row for one closed before them). */
    private Decision decision(Ballot b) {
        Optional<Tally.Result> frozen = snapshots.snapshot(b.id()).map(FrozenResult::result);
        return new Decision(
                b.id(),
                b.assemblyId(),
                b.title(),
                b.decisionType(),
                frozen.map(Tally.Result::passed).orElse(Boolean.TRUE.equals(b.passed())),
                frozen.map(Tally.Result::summary).orElse(b.summary()),
                b.closedAt());
    }
}
