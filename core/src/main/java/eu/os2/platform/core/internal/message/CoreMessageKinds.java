package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The kinds of message core sends itself. */
@Component(service = MessageKinds.class)
public class CoreMessageKinds implements MessageKinds {

    /** The invitation to a new account, or a renewed one. */
    public static final String INVITATION = "core.invitation";

    /** The kinds, as a constant for tests and for the registry before services arrive. */
    public static final List<MessageKind> KINDS =
            List.of(new MessageKind(INVITATION, true, "Invitation til platformen", "Invitation to the platform"));

    @Override
    public List<MessageKind> kinds() {
        return KINDS;
    }
}
