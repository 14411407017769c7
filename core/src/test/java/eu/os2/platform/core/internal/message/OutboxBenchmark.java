package eu.os2.platform.core.internal.message;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import eu.os2.platform.core.internal.storage.CoreSchema;
import eu.os2.platform.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The outbox and its sender on an H2 file database against a GreenMail SMTP server on this machine:
 * (a) 1,000 messages written, then delivered — messages per second through the outbox; (b) one
 * assembly notice with a 2 KB {@code .ics} to the representatives of 98 member organisations — the
 * time to write it and the time until every copy is delivered. Run by {@code bench/outbox-benchmark.sh}.
 */
public final class OutboxBenchmark {

    private OutboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int organisations = args.length > 1 ? Integer.parseInt(args[1]) : 98;
        int representatives = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path folder = Files.createTempDirectory("os2-outbox-bench");
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:" + folder.resolve("platform").toAbsolutePath() + ";WRITE_DELAY=0", "os2", "");
        pool.setMaxConnections(16);
        DataSource dataSource = TestDatabases.migrate(pool, CoreSchema.CHANGELOG);
        PlatformClock clock = Clock::systemUTC;
        MessageKinds kinds = () -> List.of(new MessageKind("bench.notice", true, "Indkaldelse", "Notice"));
        MessageKindRegistry registry = MessageKindRegistry.of(new CoreMessageKinds(), kinds);
        AuditLogImpl audit = AuditLogImpl.over(dataSource, clock);
        OutboxService outbox = OutboxService.over(dataSource, audit, clock, registry, MailSettings.plain("", 25));

        List<Long> orgs = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        for (int o = 0; o < organisations; o++) {
            long org = MailFixtures.organisation(dataSource, "Kommune " + o, o);
            orgs.add(org);
            for (int r = 0; r < representatives; r++) {
                people.add(MailFixtures.person(
                        dataSource,
                        "rep-" + o + "-" + r,
                        "rep-" + o + "-" + r + "@kommune" + o + ".example",
                        r % 2 == 0 ? Language.DA : Language.EN,
                        Set.of(Role.MEMBER_REPRESENTATIVE),
                        org,
                        true));
            }
        }
        int port = MailFixtures.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        OutboxSender sender = new OutboxSender(dataSource, clock, MailSettings.plain("127.0.0.1", port), "bench");
        try {
            System.out.printf(
                    "Outbox benchmark on H2 (file), GreenMail on 127.0.0.1:%d, Java %s, %d cores%n",
                    port,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            // warm-up: the JIT, the connection pool, the SMTP session
            send(outbox, sender, smtp, people.subList(0, 20), 20);

            long write = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                long person = people.get(i % people.size());
                Transactions.run(dataSource, () -> outbox.enqueue(plain(person)));
            }
            double writeSeconds = (System.nanoTime() - write) / 1e9;
            int before = smtp.getReceivedMessages().length;
            long deliver = System.nanoTime();
            while (smtp.getReceivedMessages().length < before + messages) {
                sender.sendDue();
            }
            double deliverSeconds = (System.nanoTime() - deliver) / 1e9;
            System.out.printf(
                    "(a) %d messages: written in %.2f s (%.0f/s, one transaction each); delivered in %.2f s: %.0f messages/s"
                            + " through the outbox to the SMTP server%n",
                    messages, writeSeconds, messages / writeSeconds, deliverSeconds, messages / deliverSeconds);

            byte[] ics = calendar();
            before = smtp.getReceivedMessages().length;
            long notice = System.nanoTime();
            int written = Transactions.run(
                    dataSource,
                    () -> outbox.enqueue(new Message(
                            "bench.notice",
                            Recipients.organisations(orgs),
                            "voting/assembly/1",
                            null,
                            language -> new MessageContent(
                                    language.pick(
                                            "Indkaldelse til generalforsamling", "Notice of the general assembly"),
                                    language.pick(
                                            "Generalforsamlingen holdes 25. april 2027.\n\nSe https://platform.os2.eu/console/#/voting",
                                            "The general assembly is held on 25 April 2027.\n\nSee https://platform.os2.eu/console/#/voting"),
                                    List.of(new Attachment(
                                            "generalforsamling.ics",
                                            "text/calendar; charset=UTF-8; method=PUBLISH",
                                            ics))))));
            double noticeWrite = (System.nanoTime() - notice) / 1e9;
            while (smtp.getReceivedMessages().length < before + written) {
                sender.sendDue();
            }
            double noticeAll = (System.nanoTime() - notice) / 1e9;
            System.out.printf(
                    "(b) the notice of an assembly to the %d representatives of %d organisations with a %d-byte .ics:"
                            + " written in %.0f ms, all delivered %.2f s after the change%n",
                    written, organisations, ics.length, noticeWrite * 1000, noticeAll);
        } finally {
            smtp.stop();
            pool.dispose();
        }
    }

    private static void send(OutboxService outbox, OutboxSender sender, GreenMail smtp, List<Long> to, int count) {
        int before = smtp.getReceivedMessages().length;
        for (int i = 0; i < count; i++) {
            outbox.enqueue(plain(to.get(i % to.size())));
        }
        while (smtp.getReceivedMessages().length < before + count) {
            sender.sendDue();
        }
    }

    private static Message plain(long person) {
        return new Message(
                "bench.notice",
                Recipients.users(List.of(person)),
                "bench",
                null,
                language -> new MessageContent(
                        language.pick("Ny afstemning", "A new ballot"),
                        language.pick(
                                "Der er åbnet en afstemning.\n\nStem her: https://platform.os2.eu/console/#/voting",
                                "A ballot has opened.\n\nVote here: https://platform.os2.eu/console/#/voting")));
    }

    private static byte[] calendar() {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OS2//Platform//DA\r\n"
                + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:assembly-1@os2.eu\r\nDTSTAMP:20261130T120000Z\r\n"
                + "DTSTART:20270425T080000Z\r\nDTEND:20270425T140000Z\r\nSUMMARY:OS2 generalforsamling\r\n");
        while (ics.length() < 1900) {
            ics.append("DESCRIPTION:Dagsorden: valg af dirigent, beretning, regnskab, forslag og valg.\r\n");
        }
        return ics.append("END:VEVENT\r\nEND:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
