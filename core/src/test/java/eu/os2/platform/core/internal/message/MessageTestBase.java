package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.Fixtures;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/** A database with core's schema, two organisations and four people, and the outbox over it. */
abstract class MessageTestBase {

    static final MessageKinds KINDS = () -> List.of(
            new MessageKind("test.news", false, "Nyheder", "News"),
            new MessageKind("test.notice", true, "Indkaldelse", "Notice"));

    abstract DataSource newDatabase() throws Exception;

    DataSource dataSource;
    Fixtures.MovableClock clock;
    AuditLogImpl audit;
    MessageKindRegistry registry;
    OutboxService outbox;
    MessagePreferencesImpl preferences;
    long aarhus;
    long odense;
    long anna;
    long bent;
    long carl;
    long dorte;
    final PlatformUser secretary = new PlatformUser(1, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);

    @BeforeEach
    void setUp() throws Exception {
        dataSource = newDatabase();
        clock = new Fixtures.MovableClock("2026-11-27T10:00:00Z");
        audit = AuditLogImpl.over(dataSource, clock);
        registry = MessageKindRegistry.of(new CoreMessageKinds(), KINDS);
        outbox = OutboxService.over(dataSource, audit, clock, registry, MailSettings.plain("", 25));
        preferences = MessagePreferencesImpl.over(dataSource, audit, registry);
        aarhus = MailFixtures.organisation(dataSource, "Aarhus Kommune", 1);
        odense = MailFixtures.organisation(dataSource, "Odense Kommune", 2);
        Set<Role> rep = Set.of(Role.MEMBER_REPRESENTATIVE);
        anna = MailFixtures.person(dataSource, "anna", "anna@aarhus.dk", Language.DA, rep, aarhus, true);
        bent = MailFixtures.person(dataSource, "bent", "bent@aarhus.dk", Language.EN, rep, aarhus, true);
        carl = MailFixtures.person(dataSource, "carl", "carl@odense.dk", Language.DA, rep, odense, true);
        dorte = MailFixtures.person(
                dataSource, "dorte", "dorte@os2.eu", Language.EN, Set.of(Role.SECRETARIAT), null, true);
    }

    static Message message(String kind, Recipients to, String onceKey, AtomicInteger renders) {
        return new Message(kind, to, "test/1", onceKey, language -> {
            renders.incrementAndGet();
            return new MessageContent(
                    language.pick("Emne", "Subject"),
                    language.pick("Hej\n\nSe https://os2.eu/x?a=1&b=2.", "Hello\n\nSee https://os2.eu/x?a=1&b=2."),
                    List.of(new Attachment(
                            "invitation.ics",
                            "text/calendar; charset=UTF-8; method=PUBLISH",
                            "BEGIN:VCALENDAR".getBytes())));
        });
    }
}
