package eu.os2.platform.voting.internal;

import eu.os2.platform.testing.TestDatabases;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import javax.sql.DataSource;

class VotingAttentionH2Test extends VotingAttentionContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabases.h2(VotingDatabase.CHANGELOG);
    }
}
