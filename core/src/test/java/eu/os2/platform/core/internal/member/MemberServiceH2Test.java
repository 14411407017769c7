package eu.os2.platform.core.internal.member;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class MemberServiceH2Test extends MemberServiceContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
