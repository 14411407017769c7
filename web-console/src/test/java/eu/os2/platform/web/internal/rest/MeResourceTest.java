package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessagePreferences;
import eu.os2.platform.api.message.MessageSettings;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeResourceTest {

    private static final PlatformUser REP =
            new PlatformUser(12, "rep", "Repræsentant", Set.of(Role.MEMBER_REPRESENTATIVE), 3L);
    private static final MessageKind NOTICE =
            new MessageKind("voting.assembly-called", true, "Indkaldelse", "Notice of assembly");
    private static final MessageKind BALLOT =
            new MessageKind("voting.ballot-opened", false, "Afstemning åbnet", "Ballot opened");

    private final MessagePreferences preferences = mock(MessagePreferences.class);
    private final MeResource resource = new MeResource(preferences);
    private final SecurityContext security = mock(SecurityContext.class);

    @BeforeEach
    void setUp() {
        when(security.getUserPrincipal()).thenReturn(REP);
        when(preferences.kinds()).thenReturn(List.of(NOTICE, BALLOT));
    }

    @Test
    void showsEachKindWithWhetherThePersonReceivesIt() {
        when(preferences.settings(12)).thenReturn(new MessageSettings(Language.EN, Set.of("voting.ballot-opened")));
        var view = resource.messages(security);
        assertThat(view.language()).isEqualTo("en");
        assertThat(view.kinds())
                .containsExactly(
                        new MeResource.KindSetting(
                                "voting.assembly-called", "Indkaldelse", "Notice of assembly", true, true),
                        new MeResource.KindSetting(
                                "voting.ballot-opened", "Afstemning åbnet", "Ballot opened", false, false));
    }

    @Test
    void storesTheLanguageAndTheKindsSwitchedOff() {
        MessageSettings wanted = new MessageSettings(Language.EN, Set.of("voting.ballot-opened"));
        when(preferences.change(REP, wanted)).thenReturn(wanted);
        var view = resource.change(new MeResource.MessagesRequest(" EN ", List.of("voting.ballot-opened")), security);
        assertThat(view.language()).isEqualTo("en");
        assertThat(view.kinds()).extracting(MeResource.KindSetting::on).containsExactly(true, false);
        verify(preferences).change(REP, wanted);
    }

    @Test
    void refusesABadLanguageAnUnknownKindAndARequiredOneWithFieldErrors() {
        assertRefused(new MeResource.MessagesRequest("de", List.of()), "language", "unknown");
        assertRefused(new MeResource.MessagesRequest(null, List.of()), "language", "required");
        assertRefused(new MeResource.MessagesRequest("da", List.of("voting.nothing")), "switchedOff", "unknown");
        assertRefused(
                new MeResource.MessagesRequest("da", List.of("voting.assembly-called")), "switchedOff", "required");
        assertRefused(new MeResource.MessagesRequest("da", Arrays.asList((String) null)), "switchedOff", "format");
        assertThatThrownBy(() -> resource.change(null, security)).isInstanceOf(ValidationException.class);
        verify(preferences, never()).change(any(), any());
    }

    private void assertRefused(MeResource.MessagesRequest request, String field, String code) {
        assertThatThrownBy(() -> resource.change(request, security))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(field, code)));
    }
}
