package eu.os2.platform.voting.internal;

import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;

class VotingServiceH2Test extends VotingServiceContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabases.h2(VotingServiceImpl.CHANGELOG);
    }
}
