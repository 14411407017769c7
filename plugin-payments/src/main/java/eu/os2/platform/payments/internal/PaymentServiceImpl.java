package eu.os2.platform.payments.internal;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The payment model's published contract, {@link PaymentService}: a thin facade over the tariffs and
 * invoicing areas. {@link eu.os2.platform.api.payment.PaymentStandingService} is published by the
 * standing area itself.
 */
@Component(service = PaymentService.class)
public class PaymentServiceImpl implements PaymentService {

    /** The changelog inside this bundle. */
    public static final String CHANGELOG = PaymentTables.CHANGELOG;

    private final TariffService tariffs;
    private final InvoicingService invoicing;

    @Activate
    public PaymentServiceImpl(@Reference TariffService tariffs, @Reference InvoicingService invoicing) {
        this.tariffs = tariffs;
        this.invoicing = invoicing;
    }

    @Override
    public List<TariffVersion> tariffs() {
        return tariffs.tariffs();
    }

    @Override
    public Optional<TariffVersion> tariff(long id) {
        return tariffs.tariff(id);
    }

    @Override
    public Optional<TariffVersion> tariffInForce(LocalDate date) {
        return tariffs.tariffInForce(date);
    }

    @Override
    public TariffVersion createDraft(TariffChange change, PlatformUser actor) {
        return tariffs.createDraft(change, actor);
    }

    @Override
    public TariffVersion updateDraft(long id, long expectedVersion, TariffChange change, PlatformUser actor) {
        return tariffs.updateDraft(id, expectedVersion, change, actor);
    }

    @Override
    public TariffVersion adopt(long id, long expectedVersion, String decisionRef, PlatformUser actor) {
        return tariffs.adopt(id, expectedVersion, decisionRef, actor);
    }

    @Override
    public List<Invoice> invoicesOf(long organisationId) {
        return invoicing.invoicesOf(organisationId);
    }

    @Override
    public Optional<Invoice> invoice(long id) {
        return invoicing.invoice(id);
    }
}
