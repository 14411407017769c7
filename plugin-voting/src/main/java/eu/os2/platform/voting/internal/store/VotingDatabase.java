package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The voting plugin's tables, migrated once when the plugin starts; the area components build their stores on it. */
@Component(service = VotingDatabase.class)
public class VotingDatabase {

    public static final String CHANGELOG = "db/voting/changelog.yaml";

    private final DataSource dataSource;

    @Activate
    public VotingDatabase(@Reference PlatformStorage storage) {
        storage.migrate(FrameworkUtil.getBundle(VotingDatabase.class), CHANGELOG);
        this.dataSource = Transactions.joining(storage.dataSource());
    }

    // not public: Declarative Services would try it too, as a second one-argument constructor, and log an error
    private VotingDatabase(DataSource dataSource) {
        this.dataSource = Transactions.joining(dataSource);
    }

    /** For tests: a database whose tables exist (its connections join {@link #transaction}). */
    public static VotingDatabase over(DataSource dataSource) {
        return new VotingDatabase(dataSource);
    }

    /**
     * Runs a change and its audit entry in one transaction: the stores' own transactions become
     * savepoints of it. Post events after it returns (after the commit).
     */
    public <T> T transaction(Supplier<T> work) {
        return Transactions.run(dataSource, work);
    }

    /** @return the DataSource the stores use, joining {@link #transaction} (for tests) */
    public DataSource dataSource() {
        return dataSource;
    }

    public AttendanceStore attendance() {
        return new AttendanceStore(dataSource);
    }

    public SnapshotStore snapshots() {
        return new SnapshotStore(dataSource);
    }

    public AssemblyStore assemblies() {
        return new AssemblyStore(dataSource);
    }

    public BallotStore ballots() {
        return new BallotStore(dataSource);
    }
}
