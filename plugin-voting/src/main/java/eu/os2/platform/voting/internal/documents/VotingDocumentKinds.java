package eu.os2.platform.voting.internal.documents;

import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The message that an assembly's material is published. */
@Component(service = MessageKinds.class)
public class VotingDocumentKinds implements MessageKinds {

    public static final String MATERIAL_PUBLISHED = "voting.material-published";

    private static final List<MessageKind> KINDS = List.of(new MessageKind(
            MATERIAL_PUBLISHED, false, "Materiale til generalforsamlingen", "Material for the general assembly"));

    @Override
    public List<MessageKind> kinds() {
        return KINDS;
    }
}
