package eu.os2.platform.voting.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.voting.AssemblyKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** One case per statute provision on dates and deadlines, on both sides of each limit. */
class AssemblyRulesTest {

    static final LocalDateTime APRIL_24 = LocalDateTime.of(2025, 4, 24, 13, 0);

    @Test
    void anOrdinaryAssemblyInAprilWithEveryDeadlineKeptIsAllowed() {
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF 2025",
                        APRIL_24,
                        LocalDate.of(2025, 3, 24),
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 4, 16)))
                .isEmpty();
    }

    @Test
    void anOrdinaryAssemblyIsHeldInAprilOrMay() {
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF",
                        LocalDateTime.of(2025, 6, 2, 13, 0),
                        LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 5, 15),
                        LocalDate.of(2025, 5, 20)))
                .containsEntry("heldAt", "statutes.ordinary-months");
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF",
                        LocalDateTime.of(2025, 5, 31, 13, 0),
                        LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 5, 15),
                        LocalDate.of(2025, 5, 20)))
                .isEmpty();
    }

    @Test
    void noticeIsAtLeastOneMonth() {
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF",
                        APRIL_24,
                        LocalDate.of(2025, 3, 25),
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 4, 16)))
                .containsEntry("calledOn", "statutes.notice");
    }

    @Test
    void proposalsAreDueTwoWeeksBeforeAndNotBeforeTheCall() {
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF",
                        APRIL_24,
                        LocalDate.of(2025, 3, 24),
                        LocalDate.of(2025, 4, 11),
                        LocalDate.of(2025, 4, 16)))
                .containsEntry("proposalsDue", "statutes.proposals-due");
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF",
                        APRIL_24,
                        LocalDate.of(2025, 3, 24),
                        LocalDate.of(2025, 3, 20),
                        LocalDate.of(2025, 4, 16)))
                .containsEntry("proposalsDue", "before-call");
    }

    @Test
    void materialIsSentEightDaysBeforeAndAfterTheProposals() {
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF",
                        APRIL_24,
                        LocalDate.of(2025, 3, 24),
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 4, 17)))
                .containsEntry("materialDue", "statutes.material-due");
        assertThat(AssemblyRules.check(
                        AssemblyKind.ORDINARY,
                        "GF",
                        APRIL_24,
                        LocalDate.of(2025, 3, 24),
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 4, 9)))
                .containsEntry("materialDue", "before-proposals");
    }

    @Test
    void anExtraordinaryAssemblyHasFourteenDaysNoticeAndIsHeldWithinFourWeeks() {
        LocalDateTime september = LocalDateTime.of(2025, 9, 15, 10, 0);
        assertThat(AssemblyRules.check(
                        AssemblyKind.EXTRAORDINARY,
                        "EGF",
                        september,
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 9, 7)))
                .isEmpty();
        assertThat(AssemblyRules.check(
                        AssemblyKind.EXTRAORDINARY,
                        "EGF",
                        september,
                        LocalDate.of(2025, 9, 2),
                        LocalDate.of(2025, 9, 2),
                        LocalDate.of(2025, 9, 7)))
                .containsEntry("calledOn", "statutes.extraordinary-notice");
        assertThat(AssemblyRules.check(
                        AssemblyKind.EXTRAORDINARY,
                        "EGF",
                        september,
                        LocalDate.of(2025, 8, 17),
                        LocalDate.of(2025, 8, 20),
                        LocalDate.of(2025, 9, 1)))
                .containsEntry("heldAt", "statutes.extraordinary-within");
        assertThat(AssemblyRules.check(
                        AssemblyKind.EXTRAORDINARY,
                        "EGF",
                        september,
                        LocalDate.of(2025, 8, 18),
                        LocalDate.of(2025, 8, 20),
                        LocalDate.of(2025, 9, 1)))
                .isEmpty();
    }

    @Test
    void everyFieldIsRequired() {
        assertThat(AssemblyRules.check(null, " ", null, null, null, null))
                .containsOnlyKeys("kind", "title", "heldAt", "calledOn", "proposalsDue", "materialDue");
    }

    @Test
    void anAssemblyIsCalledForDatesAheadWithAPlaceThatFits() {
        LocalDateTime now = LocalDateTime.of(2025, 3, 24, 10, 0);
        assertThat(AssemblyRules.ahead("Aarhus", APRIL_24, LocalDate.of(2025, 3, 24), now))
                .isEmpty();
        assertThat(AssemblyRules.ahead("x".repeat(200), APRIL_24, LocalDate.of(2025, 3, 24), now))
                .isEmpty();
        assertThat(AssemblyRules.ahead("x".repeat(201), now.minusMinutes(1), LocalDate.of(2025, 3, 23), now))
                .containsEntry("place", "too-long")
                .containsEntry("heldAt", "in-the-past")
                .containsEntry("calledOn", "in-the-past");
        assertThat(AssemblyRules.ahead(null, null, null, now)).isEmpty();
    }

    @Test
    void theOrdinaryAgendaIsFixedAndTheChairIsElectedInOddYears() {
        assertThat(Agenda.ordinary(2025))
                .extracting(Agenda.Item::kind)
                .containsExactly(
                        Agenda.ItemKind.CHAIR_OF_MEETING,
                        Agenda.ItemKind.REPORT,
                        Agenda.ItemKind.ACCOUNTS,
                        Agenda.ItemKind.MEMBERSHIP_FEE,
                        Agenda.ItemKind.PROPOSALS,
                        Agenda.ItemKind.BOARD_CHAIR,
                        Agenda.ItemKind.BOARD_MEMBERS,
                        Agenda.ItemKind.ALTERNATES,
                        Agenda.ItemKind.AUDITOR,
                        Agenda.ItemKind.ANY_OTHER);
        assertThat(Agenda.ordinary(2026)).extracting(Agenda.Item::kind).doesNotContain(Agenda.ItemKind.BOARD_CHAIR);
        assertThat(Agenda.ordinary(2025).get(3).title()).isEqualTo("Fastsættelse af kontingent for 2026");
    }

    @Test
    void aNewRuleSetAppliesOnlyToAssembliesCalledAfterIt() {
        RuleSets sets = RuleSets.configured("2026-06-01", 25, 2);
        assertThat(sets.forCall(LocalDate.of(2026, 5, 31)).id()).isEqualTo("vedtaegter");
        assertThat(sets.forCall(LocalDate.of(2026, 6, 1)).proxyLimit()).isEqualTo(2);
        assertThat(sets.forCall(LocalDate.of(2026, 6, 1)).quorumPercent()).isEqualTo(25);
        assertThat(RuleSets.configured("", 25, 2).all()).hasSize(1);
    }
}
