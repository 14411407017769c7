package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.attention.AttentionSource;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class AttentionResourceTest {

    private static final PlatformUser REP =
            new PlatformUser(12, "rep", "Repræsentant", Set.of(Role.MEMBER_REPRESENTATIVE), 3L);

    private final AttentionResource resource = new AttentionResource();

    private static AttentionItem item(String key, String da, LocalDate due, boolean urgent) {
        return new AttentionItem(key, da, "EN " + da, "#/x/" + key, due, urgent);
    }

    @Test
    void itemsOfEverySourceUrgentFirstThenByDueDateThenText() {
        resource.addSource(user -> List.of(
                item("late", "Betal faktura", LocalDate.of(2027, 2, 1), false),
                item("none", "Aflæg selvevaluering", null, false),
                item("urgent", "Stem om budget", LocalDate.of(2027, 3, 1), true)));
        resource.addSource(user -> List.of(
                item("early", "Tilmeld generalforsamling", LocalDate.of(2027, 1, 1), false),
                item("same-a", "Anmeld forslag", LocalDate.of(2027, 2, 1), false)));
        assertThat(resource.items(REP, false))
                .extracting(AttentionResource.AttentionView::key)
                .containsExactly("urgent", "early", "same-a", "late", "none");
    }

    @Test
    void textsAreInTheRequestsLanguage() {
        resource.addSource(user -> List.of(item("a", "Stem", null, false)));
        SecurityContext security = Mockito.mock(SecurityContext.class);
        Mockito.when(security.getUserPrincipal()).thenReturn(REP);
        assertThat(resource.items(security, "en-GB,en;q=0.9")).singleElement().satisfies(view -> {
            assertThat(view.text()).isEqualTo("EN Stem");
            assertThat(view.link()).isEqualTo("#/x/a");
        });
        assertThat(resource.items(security, "da"))
                .singleElement()
                .extracting(AttentionResource.AttentionView::text)
                .isEqualTo("Stem");
        assertThat(resource.items(security, null))
                .singleElement()
                .extracting(AttentionResource.AttentionView::text)
                .isEqualTo("Stem");
    }

    @Test
    void aFailingSourceIsLeftOutAndTheUserIsPassedOn() {
        resource.addSource(user -> {
            throw new IllegalStateException("down");
        });
        AttentionSource own = user -> List.of(item("u" + user.id(), "Egen", null, false));
        resource.addSource(own);
        assertThat(resource.items(REP, false))
                .extracting(AttentionResource.AttentionView::key)
                .containsExactly("u12");
        resource.removeSource(own);
        assertThat(resource.items(REP, false)).isEmpty();
    }
}
