package eu.os2.platform.core.internal.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageSettings;
import eu.os2.platform.api.message.OutboxEntry;
import eu.os2.platform.api.message.OutboxState;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Writing to the outbox: who gets what, in which language, in the caller's transaction. */
abstract class OutboxContract extends MessageTestBase {

    @Test
    void aMessageWrittenInATransactionThatRollsBackIsNotStored() {
        assertThatThrownBy(() -> Transactions.run(dataSource, () -> {
                    int written = outbox.enqueue(
                            message("test.news", Recipients.users(List.of(anna)), null, new AtomicInteger()));
                    assertThat(written).isEqualTo(1);
                    assertThat(outbox.list(null, null, 10)).hasSize(1);
                    throw new IllegalStateException("the change fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(outbox.list(null, null, 10)).isEmpty();

        Transactions.run(
                dataSource,
                () -> outbox.enqueue(message("test.news", Recipients.users(List.of(anna)), null, new AtomicInteger())));
        assertThat(outbox.list(OutboxState.WAITING, null, 10)).hasSize(1);
    }

    @Test
    void eachPersonGetsOneMessageInTheirLanguage() {
        AtomicInteger renders = new AtomicInteger();
        Recipients to = Recipients.organisations(List.of(aarhus, odense))
                .and(Recipients.users(List.of(anna, dorte)))
                .and(Recipients.roles(Role.SECRETARIAT, Role.MEMBER_REPRESENTATIVE));

        int written = outbox.enqueue(message("test.news", to, null, renders));

        assertThat(written).isEqualTo(4);
        assertThat(renders).hasValue(2);
        List<OutboxEntry> entries = outbox.list(null, null, 100);
        assertThat(entries)
                .extracting(OutboxEntry::recipientAddress)
                .containsExactlyInAnyOrder("anna@aarhus.dk", "bent@aarhus.dk", "carl@odense.dk", "dorte@os2.eu");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.subject()).isEqualTo(e.language().pick("Emne", "Subject"));
            assertThat(e.attachments()).containsExactly("invitation.ics");
            assertThat(e.state()).isEqualTo(OutboxState.WAITING);
        });
        assertThat(entries.stream()
                        .filter(e -> e.recipientUserId() == bent)
                        .findFirst()
                        .orElseThrow()
                        .language())
                .isEqualTo(Language.EN);
        assertThat(entries.stream()
                        .filter(e -> e.recipientUserId() == carl)
                        .findFirst()
                        .orElseThrow()
                        .language())
                .isEqualTo(Language.DA);
    }

    @Test
    void deactivatedInvitedAndAddresslessAccountsAreResolvedAsTheContractSays() throws Exception {
        long invited = MailFixtures.person(
                dataSource, "eva", "eva@aarhus.dk", Language.DA, Set.of(Role.MEMBER_REPRESENTATIVE), aarhus, false);
        long noAddress = MailFixtures.person(
                dataSource, "finn", null, Language.DA, Set.of(Role.MEMBER_REPRESENTATIVE), aarhus, true);
        MailFixtures.deactivate(dataSource, bent);

        assertThat(outbox.enqueue(
                        message("test.news", Recipients.organisations(List.of(aarhus)), null, new AtomicInteger())))
                .as("a group means its active accounts with an address")
                .isEqualTo(1);
        assertThat(outbox.enqueue(message(
                        "test.news", Recipients.users(List.of(invited, noAddress, bent)), null, new AtomicInteger())))
                .as("by id: an invited account too, never a deactivated or addressless one")
                .isEqualTo(1);
    }

    @Test
    void aPersonWhoSwitchedAKindOffGetsNoneButARequiredKindCannotBeSwitchedOff() {
        PlatformUser annaUser = new PlatformUser(anna, "anna", "Anna", Set.of(Role.MEMBER_REPRESENTATIVE), aarhus);
        MessageSettings stored = preferences.change(annaUser, new MessageSettings(Language.EN, Set.of("test.news")));
        assertThat(stored).isEqualTo(new MessageSettings(Language.EN, Set.of("test.news")));
        assertThat(preferences.settings(anna)).isEqualTo(stored);
        assertThat(audit.recent("user", String.valueOf(anna), 5))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("user.message-settings"));

        assertThatThrownBy(() -> preferences.change(annaUser, new MessageSettings(Language.DA, Set.of("test.notice"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("switchedOff", "required")));
        assertThatThrownBy(() -> preferences.change(annaUser, new MessageSettings(Language.DA, Set.of("test.nothing"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("switchedOff", "unknown")));
        assertThat(preferences.settings(anna))
                .as("a refused change stores nothing")
                .isEqualTo(stored);

        Recipients both = Recipients.users(List.of(anna, bent));
        assertThat(outbox.enqueue(message("test.news", both, null, new AtomicInteger())))
                .isEqualTo(1);
        AtomicInteger renders = new AtomicInteger();
        assertThat(outbox.enqueue(message("test.notice", both, null, renders))).isEqualTo(2);
        assertThat(renders).as("anna now reads English, as bent does").hasValue(1);
        assertThat(preferences.kinds())
                .extracting(MessageKind::code)
                .containsExactly("core.invitation", "test.news", "test.notice");
    }

    @Test
    void anUnregisteredKindIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(
                        message("test.unknown", Recipients.users(List.of(anna)), null, new AtomicInteger())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.list(null, null, 10)).isEmpty();
    }

    @Test
    void aOnceKeyReachesEachPersonOnce() {
        Recipients some = Recipients.users(List.of(anna));
        Recipients more = Recipients.users(List.of(anna, carl));
        Transactions.run(dataSource, () -> {
            assertThat(outbox.enqueue(message("test.news", some, "overdue/41/2026", new AtomicInteger())))
                    .isEqualTo(1);
            assertThat(outbox.enqueue(message("test.news", more, "overdue/41/2026", new AtomicInteger())))
                    .isEqualTo(1);
            return null;
        });
        assertThat(outbox.enqueue(message("test.news", more, "overdue/41/2026", new AtomicInteger())))
                .isZero();
        assertThat(outbox.enqueue(message("test.news", more, "overdue/42/2026", new AtomicInteger())))
                .isEqualTo(2);
        assertThat(outbox.list(null, null, 10)).hasSize(4);
    }

    @Test
    void aOnceKeyWrittenMeanwhileByAnotherTransactionIsLeftOutAndTheCallersTransactionGoesOn() {
        Transactions.run(dataSource, () -> {
            assertThat(outbox.enqueue(
                            message("test.news", Recipients.users(List.of(anna)), "round/7", new AtomicInteger())))
                    .isEqualTo(1);
            // what a concurrent writer that passed the once-key check at the same moment writes
            OutboxStore.Recipient recipient = new OutboxStore.Recipient(anna, "anna@aarhus.dk", Language.DA);
            int written = new OutboxStore(dataSource)
                    .insert(
                            List.of(
                                    new OutboxStore.NewMessage(
                                            "test.news",
                                            recipient,
                                            "Emne",
                                            "Tekst",
                                            "round/7",
                                            "test.news|round/7|" + anna,
                                            "<a@os2.example>",
                                            List.of()),
                                    new OutboxStore.NewMessage(
                                            "test.news",
                                            recipient,
                                            "Emne",
                                            "Tekst",
                                            "round/7",
                                            null,
                                            "<b@os2.example>",
                                            List.of())),
                            java.time.Instant.now());
            assertThat(written).as("the repeated once-key is left out").isEqualTo(1);
            return null;
        });
        assertThat(outbox.list(null, null, 10))
                .as("the transaction committed both others")
                .hasSize(2);
    }

    @Test
    void aFailedMessageIsResentAsWaitingASentOneAsACopyAndAWaitingOneNot() throws Exception {
        outbox.enqueue(message("test.news", Recipients.users(List.of(anna, carl)), null, new AtomicInteger()));
        List<OutboxEntry> written = outbox.list(null, null, 10);
        long first = written.get(1).id();
        long second = written.get(0).id();
        assertThatThrownBy(() -> outbox.resend(first, secretary))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("state", "not-finished")));
        try (var con = dataSource.getConnection();
                var st = con.createStatement()) {
            st.executeUpdate(
                    "UPDATE core_outbox SET state = 'FAILED', attempts = 3, last_error = '550 no' WHERE id = " + first);
            st.executeUpdate(
                    "UPDATE core_outbox SET state = 'SENT', attempts = 1, sent_at = created_at WHERE id = " + second);
        }

        OutboxEntry retried = outbox.resend(first, secretary);
        assertThat(retried.id()).isEqualTo(first);
        assertThat(retried.state()).isEqualTo(OutboxState.WAITING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.lastError()).isNull();

        OutboxEntry copy = outbox.resend(second, secretary);
        assertThat(copy.id()).isNotEqualTo(second);
        assertThat(copy.state()).isEqualTo(OutboxState.WAITING);
        assertThat(copy.attachments()).containsExactly("invitation.ics");
        assertThat(outbox.entry(second).state()).isEqualTo(OutboxState.SENT);
        assertThat(audit.recent("outbox", null, 10))
                .filteredOn(e -> e.action().equals("outbox.resend"))
                .hasSize(2);
        assertThat(outbox.list(OutboxState.WAITING, "CARL@", 10))
                .extracting(OutboxEntry::id)
                .containsExactly(copy.id());
    }

    @Test
    void theOutboxFollowsTheConfiguration() {
        assertThat(outbox.sending()).isFalse();
        assertThat(outbox.consoleUrl()).isEqualTo("http://localhost:8181/console/");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(OutboxService.messageId("os2.example"));
        }
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("<[0-9a-f-]{36}@os2\\.example>"));
    }
}
