package eu.os2.platform.core.internal.calendar;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class CalendarFeedsH2Test extends CalendarFeedsContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
