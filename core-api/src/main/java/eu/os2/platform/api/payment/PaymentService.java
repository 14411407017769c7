package eu.os2.platform.api.payment;

import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.user.PlatformUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The tariff model and the invoices it produces. Implemented by the payments plugin.
 *
 * <p>Changes check their input and throw {@link eu.os2.platform.api.validation.ValidationException}
 * with field errors, refuse a stale version with
 * {@link eu.os2.platform.api.storage.ConcurrentChangeException}, and throw
 * {@link java.util.NoSuchElementException} for an unknown id. Every change is written to the audit
 * log and published on EventAdmin. Whether the actor may make a change is the caller's check.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PaymentService {

    /** Topic: a tariff version was created, changed or adopted. Properties: id, actor, state. */
    String TOPIC_TARIFF_CHANGED = EventTopics.topic("payments", "TARIFF_CHANGED");
    /** Topic: invoices were issued by an invoice run. Properties: year, actor, created, total (the amount as text). */
    String TOPIC_INVOICES_ISSUED = EventTopics.topic("payments", "INVOICES_ISSUED");
    /** Topic: an invoice was credited. Properties: id (the invoice), actor, creditNoteId. */
    String TOPIC_INVOICE_CREDITED = EventTopics.topic("payments", "INVOICE_CREDITED");

    /** @return every tariff version, the latest effective date first */
    List<TariffVersion> tariffs();

    /** @return the tariff version, if it exists */
    Optional<TariffVersion> tariff(long id);

    /** @return the adopted version in force on the date, if any */
    Optional<TariffVersion> tariffInForce(LocalDate date);

    /** Creates a draft tariff version. */
    TariffVersion createDraft(TariffChange change, PlatformUser actor);

    /** Changes a draft whose version is {@code expectedVersion}; an adopted version is refused. */
    TariffVersion updateDraft(long id, long expectedVersion, TariffChange change, PlatformUser actor);

    /**
     * Adopts a draft: from now on it is immutable.
     *
     * @param decisionRef the assembly decision, as a {@link eu.os2.platform.api.ref.PlatformRef} text
     */
    TariffVersion adopt(long id, long expectedVersion, String decisionRef, PlatformUser actor);

    /** @return the organisation's issued invoices and credit notes, newest first */
    List<Invoice> invoicesOf(long organisationId);

    /** @return the invoice or credit note, if it exists */
    Optional<Invoice> invoice(long id);
}
