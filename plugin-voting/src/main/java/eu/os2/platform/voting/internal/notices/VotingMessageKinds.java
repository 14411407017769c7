package eu.os2.platform.voting.internal.notices;

import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The messages about general assemblies and ballots; the statutes' written notice cannot be switched off. */
@Component(service = MessageKinds.class)
public class VotingMessageKinds implements MessageKinds {

    public static final String ASSEMBLY_CALLED = "voting.assembly-called";
    public static final String PROPOSALS_DEADLINE = "voting.proposals-deadline";
    public static final String BALLOT_OPENED = "voting.ballot-opened";
    public static final String BALLOT_CLOSED = "voting.ballot-closed";
    public static final String MINUTES_PUBLISHED = "voting.minutes-published";

    private static final List<MessageKind> KINDS = List.of(
            new MessageKind(
                    ASSEMBLY_CALLED,
                    true,
                    "Indkaldelse til generalforsamling (vedtægternes skriftlige indkaldelse)",
                    "Notice of a general assembly (the statutes' written notice)"),
            new MessageKind(
                    PROPOSALS_DEADLINE,
                    false,
                    "Påmindelse om fristen for forslag til generalforsamlingen",
                    "Reminder of the deadline for proposals to the general assembly"),
            new MessageKind(BALLOT_OPENED, false, "En afstemning er åbnet", "A ballot has opened"),
            new MessageKind(
                    BALLOT_CLOSED,
                    false,
                    "En afstemning er afsluttet, med resultatet",
                    "A ballot has closed, with its result"),
            new MessageKind(
                    MINUTES_PUBLISHED,
                    false,
                    "Referatet af en generalforsamling er offentliggjort",
                    "The minutes of a general assembly are published"));

    @Override
    public List<MessageKind> kinds() {
        return KINDS;
    }
}
