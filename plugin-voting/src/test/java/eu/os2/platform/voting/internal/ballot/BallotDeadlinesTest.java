package eu.os2.platform.voting.internal.ballot;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import eu.os2.platform.voting.internal.Ballots;
import org.junit.jupiter.api.Test;

class BallotDeadlinesTest {

    @Test
    void theScheduleClosesDueBallotsAndStopsWhenTheComponentIsDeactivated() throws Exception {
        Ballots ballots = mock(Ballots.class);
        when(ballots.closeDue()).thenReturn(1);
        BallotDeadlines deadlines = new BallotDeadlines(ballots);
        verify(ballots, timeout(5_000)).closeDue();
        deadlines.deactivate();
        Thread.sleep(200);
        verifyNoMoreInteractions(ballots);
    }

    @Test
    void aFailedRunDoesNotEndTheSchedule() {
        Ballots ballots = mock(Ballots.class);
        when(ballots.closeDue()).thenThrow(new IllegalStateException("database down"));
        assertThatCode(() -> BallotDeadlines.closeDue(ballots)).doesNotThrowAnyException();
    }
}
