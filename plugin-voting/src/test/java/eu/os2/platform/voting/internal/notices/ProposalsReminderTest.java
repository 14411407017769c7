package eu.os2.platform.voting.internal.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.voting.internal.VotingConfig;
import org.junit.jupiter.api.Test;

class ProposalsReminderTest {

    @Test
    void remindersAreLookedForAsOftenAsConfiguredUntilTheComponentIsDeactivated() throws Exception {
        VotingNotices notices = mock(VotingNotices.class);
        when(notices.remindProposalsDeadlines()).thenReturn(0);
        VotingConfig config = mock(VotingConfig.class);
        when(config.reminders_everySeconds()).thenReturn(1);
        ProposalsReminder reminder = new ProposalsReminder(notices, config);
        // the first look a second after the start, then one every second: the default (half an hour) would give one
        verify(notices, timeout(5_000).atLeast(3)).remindProposalsDeadlines();
        reminder.deactivate();
        int looks = mockingDetails(notices).getInvocations().size();
        Thread.sleep(1_500);
        assertThat(mockingDetails(notices).getInvocations())
                .as("looks after the deactivation")
                .hasSize(looks);
    }
}
