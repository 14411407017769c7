package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.MessagePreferences;
import eu.os2.platform.api.message.OutboxAdmin;
import eu.os2.platform.api.message.OutboxEntry;
import eu.os2.platform.api.message.OutboxState;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;

class OutboxResourceTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final PlatformUser SECRETARY =
            new PlatformUser(7, "sekretaer", "Sekretær", Set.of(Role.SECRETARIAT), null);

    private final OutboxAdmin admin = mock(OutboxAdmin.class);
    private final MessagePreferences preferences = mock(MessagePreferences.class);
    private final OutboxResource resource = new OutboxResource(admin, preferences);

    static OutboxEntry entry(long id, OutboxState state, String error) {
        return new OutboxEntry(
                id,
                "voting.assembly-called",
                3,
                "rep@aarhus.dk",
                Language.EN,
                "Notice",
                "assembly:1",
                List.of("invitation.ics"),
                state,
                state == OutboxState.FAILED ? 1 : 0,
                error,
                T,
                state == OutboxState.WAITING ? T : null,
                state == OutboxState.SENT ? T.plusSeconds(5) : null);
    }

    @Test
    void listsWithTheStateSearchAndLimitAskedFor() {
        when(admin.list(OutboxState.FAILED, "aarhus", 20))
                .thenReturn(List.of(entry(4, OutboxState.FAILED, "550 5.1.1 unknown user")));
        var rows = resource.list("failed", "  aarhus ", "20");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo("FAILED");
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.lastError()).isEqualTo("550 5.1.1 unknown user");
            assertThat(r.resendable()).isTrue();
            assertThat(r.attachments()).containsExactly("invitation.ics");
        });
    }

    @Test
    void anEmptyFilterMeansAllAndTheDefaultLimit() {
        when(admin.list(isNull(), isNull(), eq(100))).thenReturn(List.of(entry(1, OutboxState.WAITING, null)));
        assertThat(resource.list("", " ", null))
                .singleElement()
                .satisfies(r -> assertThat(r.resendable()).isFalse());
    }

    @Test
    void refusesAnUnknownStateAndALimitOutOfRange() {
        assertThatThrownBy(() -> resource.list("LOST", null, null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("state"));
        assertThatThrownBy(() -> resource.list(null, null, "0")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> resource.list(null, null, "501")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> resource.list(null, null, "ten")).isInstanceOf(ValidationException.class);
    }

    @Test
    void statusCountsEachStateAndSaysWhetherSendingIsConfigured() {
        when(admin.sending()).thenReturn(false);
        when(admin.counts())
                .thenReturn(Map.of(
                        OutboxState.WAITING, 2L,
                        OutboxState.SENDING, 0L,
                        OutboxState.SENT, 12_345L,
                        OutboxState.FAILED, 0L));
        var status = resource.status();
        assertThat(status.sending()).isFalse();
        assertThat(status.counts())
                .containsExactly(
                        new OutboxResource.StateCount("WAITING", 2),
                        new OutboxResource.StateCount("SENDING", 0),
                        new OutboxResource.StateCount("SENT", 12_345),
                        new OutboxResource.StateCount("FAILED", 0));
    }

    @Test
    void resendsAsTheSignedInPersonAndPassesRefusalsOn() {
        SecurityContext security = mock(SecurityContext.class);
        when(security.getUserPrincipal()).thenReturn(SECRETARY);
        when(admin.resend(4, SECRETARY)).thenReturn(entry(4, OutboxState.WAITING, null));
        assertThat(resource.resend(4, security).state()).isEqualTo("WAITING");
        verify(admin).resend(4, SECRETARY);

        when(admin.entry(99)).thenThrow(new NoSuchElementException("no message 99"));
        assertThatThrownBy(() -> resource.get(99)).isInstanceOf(NoSuchElementException.class);
    }
}
