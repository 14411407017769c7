package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The payments plugin's tables ({@code payments_*}), migrated by the bundle's changelog before any
 * area of the plugin starts (a failed migration keeps them all away), and one store per area on them.
 * One instance per node, so the invoice run and the credit note share the store that serialises issuing.
 */
@Component(service = PaymentTables.class)
public class PaymentTables {

    /** The changelog inside this bundle. */
    public static final String CHANGELOG = "db/payments/changelog.yaml";

    private final TariffStore tariffs;
    private final FactStore facts;
    private final InvoiceStore invoices;
    private final LedgerStore ledger;
    private final RunStore runs;
    private final DataSource dataSource;

    @Activate
    public PaymentTables(@Reference PlatformStorage storage) {
        this(migrated(storage));
    }

    /** For tests: the stores on a database whose tables exist already (joined to {@link Transactions} as the platform's is). */
    public static PaymentTables over(DataSource dataSource) {
        return new PaymentTables(dataSource);
    }

    // not public: Declarative Services would try it too, as a second one-argument constructor, and log an error
    private PaymentTables(DataSource dataSource) {
        this.dataSource = Transactions.joining(dataSource);
        JdbcQueries queries = new JdbcQueries(this.dataSource, "payments");
        this.tariffs = new TariffStore(queries);
        this.facts = new FactStore(queries);
        this.invoices = new InvoiceStore(queries);
        this.ledger = new LedgerStore(queries);
        this.runs = new RunStore(queries);
    }

    private static DataSource migrated(PlatformStorage storage) {
        storage.migrate(FrameworkUtil.getBundle(PaymentTables.class), CHANGELOG);
        return storage.dataSource();
    }

    /**
     * Runs a change in one transaction: what the stores write and the audit entry (append it last:
     * the audit log's lock is held till the commit) commit together or not at all. Publish events
     * after this returns.
     */
    public <T> T transaction(Supplier<T> change) {
        return Transactions.run(dataSource, change);
    }

    public TariffStore tariffs() {
        return tariffs;
    }

    public FactStore facts() {
        return facts;
    }

    public InvoiceStore invoices() {
        return invoices;
    }

    public LedgerStore ledger() {
        return ledger;
    }

    public RunStore runs() {
        return runs;
    }
}
