package eu.os2.platform.core.internal.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.OutboxEntry;
import eu.os2.platform.api.message.OutboxState;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.user.Invitation;
import eu.os2.platform.api.user.NewUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.user.UserServiceAccess;
import eu.os2.platform.core.internal.user.UserServiceImpl;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real SMTP server (GreenMail) and a scripted one that refuses. */
abstract class SenderContract extends MessageTestBase {

    private GreenMail smtp;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        port = MailFixtures.freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    private OutboxSender sender(int port, String node) {
        return new OutboxSender(dataSource, clock, MailSettings.plain("127.0.0.1", port), node);
    }

    private String storedMessageId(long outboxId) throws Exception {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("SELECT message_id FROM core_outbox WHERE id = ?")) {
            ps.setLong(1, outboxId);
            try (ResultSet rows = ps.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    void theSenderDeliversPlainTextHtmlAndAttachmentsInTheRecipientsLanguage() throws Exception {
        outbox.enqueue(message("test.news", Recipients.users(List.of(anna, bent)), null, new AtomicInteger()));

        assertThat(sender(port, "a").sendDue()).isEqualTo(2);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage mail : received) {
            String to = mail.getAllRecipients()[0].toString();
            OutboxEntry entry = outbox.list(null, to, 1).get(0);
            assertThat(entry.state()).isEqualTo(OutboxState.SENT);
            assertThat(entry.sent()).isNotNull();
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(mail.getMessageID()).isEqualTo(storedMessageId(entry.id()));
            Language language = entry.language();
            assertThat(mail.getSubject()).isEqualTo(language.pick("Emne", "Subject"));
            assertThat(mail.getFrom()[0].toString()).contains("noreply@os2.example");
            assertThat(mail.getContentType()).startsWith("multipart/mixed");

            Multipart mixed = (Multipart) mail.getContent();
            assertThat(mixed.getCount()).isEqualTo(2);
            BodyPart textPart = mixed.getBodyPart(0);
            assertThat(textPart.getContentType()).startsWith("multipart/alternative");
            Multipart alternative = (Multipart) textPart.getContent();
            assertThat(alternative.getBodyPart(0).getContentType())
                    .startsWith("text/plain")
                    .containsIgnoringCase("utf-8");
            assertThat((String) alternative.getBodyPart(0).getContent())
                    .contains(language.pick("Hej", "Hello"))
                    .contains("https://os2.eu/x?a=1&b=2");
            assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
            assertThat((String) alternative.getBodyPart(1).getContent())
                    .contains("<html lang=\"" + language.code() + "\">")
                    .contains("<p>" + language.pick("Hej", "Hello") + "</p>")
                    .contains("<a href=\"https://os2.eu/x?a=1&amp;b=2\">");

            BodyPart file = mixed.getBodyPart(1);
            assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(file.getFileName()).isEqualTo("invitation.ics");
            assertThat(file.getContentType()).startsWith("text/calendar");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.getDataHandler().writeTo(bytes);
            assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("BEGIN:VCALENDAR");
        }
        assertThat(sender(port, "a").sendDue()).as("nothing is sent twice").isZero();
    }

    @Test
    void whileTheServerIsDownMessagesWaitAndGoOutWhenItReturns() throws Exception {
        smtp.stop();
        outbox.enqueue(message("test.news", Recipients.users(List.of(anna, carl)), null, new AtomicInteger()));
        OutboxSender sender = sender(port, "a");

        assertThat(sender.sendDue()).isZero();
        assertThat(outbox.list(null, null, 10)).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.WAITING);
            assertThat(e.attempts())
                    .as("an unreachable server uses up no tries")
                    .isZero();
            assertThat(e.lastError()).contains("unreachable");
            assertThat(e.nextAttempt()).isEqualTo(clock.now().plusSeconds(30));
        });

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(sender.sendDue()).as("not due before the back-off ends").isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(outbox.list(OutboxState.SENT, null, 10)).hasSize(2);
    }

    @Test
    void anAddressTheServerRefusesFailsAtOnceWithItsAnswerAndIsNotRetried() throws Exception {
        long refused = MailFixtures.person(
                dataSource, "gorm", "gorm@refused.example", Language.DA, Set.of(Role.SECRETARIAT), null, true);
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(address -> address.contains("refused")
                ? "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
                : "250 OK")) {
            outbox.enqueue(message("test.news", Recipients.users(List.of(anna, refused)), null, new AtomicInteger()));
            OutboxSender sender = sender(server.port(), "a");
            assertThat(sender.sendDue()).isEqualTo(1);

            OutboxEntry failed = outbox.list(OutboxState.FAILED, null, 10).get(0);
            assertThat(failed.recipientAddress()).isEqualTo("gorm@refused.example");
            assertThat(failed.lastError()).contains("550 5.1.1").contains("User unknown");
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.nextAttempt()).isNull();
            assertThat(outbox.list(OutboxState.SENT, null, 10))
                    .extracting(OutboxEntry::recipientAddress)
                    .containsExactly("anna@aarhus.dk");

            clock.advance(Duration.ofHours(3));
            assertThat(sender.sendDue()).isZero();
            assertThat(server.accepted()).containsExactly("anna@aarhus.dk");
            assertThat(outbox.entry(failed.id()).state()).isEqualTo(OutboxState.FAILED);
        }
    }

    @Test
    void aTemporaryRefusalIsRetriedWithBackOffAndFailsAfterTheTries() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(address -> "450 4.2.1 Mailbox busy, try later")) {
            outbox.enqueue(message("test.news", Recipients.users(List.of(anna)), null, new AtomicInteger()));
            OutboxSender sender = new OutboxSender(
                    dataSource,
                    clock,
                    MailSettings.plain("127.0.0.1", server.port())
                            .withTiming(Duration.ofSeconds(2), Duration.ofSeconds(300), 3),
                    "a");
            List<Duration> waits = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sender.sendDue();
                OutboxEntry entry = outbox.list(null, null, 1).get(0);
                if (entry.state() == OutboxState.FAILED) {
                    break;
                }
                waits.add(Duration.between(clock.now(), entry.nextAttempt()));
                clock.advance(Duration.ofHours(2));
            }
            OutboxEntry entry = outbox.list(null, null, 1).get(0);
            assertThat(entry.state()).isEqualTo(OutboxState.FAILED);
            assertThat(entry.attempts()).isEqualTo(3);
            assertThat(entry.lastError()).contains("3 tries").contains("450 4.2.1");
            assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60));
            assertThat(server.accepted()).isEmpty();
        }
    }

    @Test
    void aClaimLeftByANodeThatDiedIsTakenOverWhenItsLeaseEnds() throws Exception {
        outbox.enqueue(message("test.news", Recipients.users(List.of(anna)), null, new AtomicInteger()));
        SendingStore queue = new SendingStore(dataSource);
        assertThat(queue.claim("dead-node", clock.now(), clock.now().plusSeconds(300), 10))
                .hasSize(1);
        assertThat(outbox.list(OutboxState.SENDING, null, 1)).hasSize(1);
        assertThatThrownBy(() -> outbox.resend(outbox.list(null, null, 1).get(0).id(), secretary))
                .hasMessageContaining("not-finished");

        OutboxSender sender = sender(port, "alive");
        assertThat(sender.sendDue()).as("the lease still runs").isZero();
        clock.advance(Duration.ofSeconds(301));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.list(OutboxState.SENT, null, 1)).hasSize(1);
    }

    @Test
    void twoNodesOnOneDatabaseSendEachOfTwoHundredMessagesOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            outbox.enqueue(message("test.news", Recipients.users(List.of(anna)), null, new AtomicInteger()));
        }
        OutboxSender one = sender(port, "node-1");
        OutboxSender two = sender(port, "node-2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(one::sendDue);
            Future<Integer> second = pool.submit(two::sendDue);
            int sent = first.get() + second.get();
            assertThat(sent).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(200);
        Set<String> ids = new HashSet<>();
        for (MimeMessage mail : received) {
            ids.add(mail.getMessageID());
        }
        assertThat(ids).hasSize(200);
        assertThat(MailFixtures.count(dataSource, "SENT")).isEqualTo(200);
        assertThat(one.sendDue() + two.sendDue()).isZero();
    }

    @Test
    void anInvitationIsWrittenWithItsChangeAndReachesThePersonWithTheLink() throws Exception {
        UserServiceImpl users = UserServiceAccess.users(dataSource, audit, clock, outbox);
        Invitation invitation =
                users.invite(new NewUser("hanne@os2.eu", "Hanne Hansen", Set.of(Role.SECRETARIAT), null), secretary);

        List<OutboxEntry> written = outbox.list(null, "hanne@", 10);
        assertThat(written).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(CoreMessageKinds.INVITATION);
            assertThat(e.recipientUserId()).isEqualTo(invitation.account().id());
            assertThat(e.subject()).isEqualTo("Du er inviteret til OS2-platformen");
        });
        assertThat(sender(port, "a").sendDue()).isEqualTo(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String text = (String)
                ((Multipart) ((Multipart) mail.getContent()).getBodyPart(0).getContent())
                        .getBodyPart(0)
                        .getContent();
        assertThat(text)
                .contains("Kære Hanne Hansen")
                .contains("http://localhost:8181/console/#/invitation/" + invitation.token())
                .doesNotContain("null");

        users.reinvite(invitation.account().id(), secretary);
        assertThat(outbox.list(null, "hanne@", 10)).hasSize(2);

        // an invitation whose audit entry cannot be written writes no message either
        try (Connection con = dataSource.getConnection();
                var st = con.createStatement()) {
            st.executeUpdate("DELETE FROM core_audit_lock");
        }
        assertThatThrownBy(
                        () -> users.invite(new NewUser("ida@os2.eu", "Ida", Set.of(Role.SECRETARIAT), null), secretary))
                .isInstanceOf(RuntimeException.class);
        assertThat(outbox.list(null, "ida@", 10)).isEmpty();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).count()).isEqualTo(1);
    }

    @Test
    void theBackgroundSenderWaitsWhileSendingIsOffAndSendsWhenTheSettingsChangeWithoutARestart() throws Exception {
        Duration poll = Duration.ofMillis(100);
        OutboxSender sender = new OutboxSender(
                dataSource,
                clock,
                MailSettings.plain("", port).withTiming(poll, Duration.ofSeconds(300), 10),
                "background");
        sender.start();
        try {
            outbox.enqueue(message("test.news", Recipients.users(List.of(anna)), null, new AtomicInteger()));
            assertThat(smtp.waitForIncomingEmail(1000, 1)).as("sending is off").isFalse();
            assertThat(outbox.list(OutboxState.WAITING, null, 10)).hasSize(1);

            sender.settings(MailSettings.plain("127.0.0.1", port).withTiming(poll, Duration.ofSeconds(300), 10));
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            outbox.enqueue(message("test.news", Recipients.users(List.of(carl)), null, new AtomicInteger()));
            assertThat(smtp.waitForIncomingEmail(10_000, 2))
                    .as("the next message goes out on its own")
                    .isTrue();
        } finally {
            long stopping = System.nanoTime();
            sender.stop();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(outbox.list(OutboxState.SENT, null, 10)).hasSize(2);
    }
}
