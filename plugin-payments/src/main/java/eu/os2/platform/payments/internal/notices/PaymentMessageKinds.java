package eu.os2.platform.payments.internal.notices;

import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The messages the payments plugin sends: a new invoice or credit note to the buyer's representatives. */
@Component(service = MessageKinds.class)
public class PaymentMessageKinds implements MessageKinds {

    /** An invoice or credit note was issued to the recipient's organisation. */
    public static final MessageKind INVOICE_ISSUED =
            new MessageKind("payments.invoice-issued", false, "Ny faktura fra OS2", "New invoice from OS2");

    @Override
    public List<MessageKind> kinds() {
        return List.of(INVOICE_ISSUED);
    }
}
