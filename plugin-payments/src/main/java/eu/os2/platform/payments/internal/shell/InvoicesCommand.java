package eu.os2.platform.payments.internal.shell;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code os2:invoices <year> [--organisation id]}: the year's invoices and credit notes. */
@Service
@Command(scope = "os2", name = "invoices", description = "Lists the invoices and credit notes issued for a year")
public class InvoicesCommand implements Action {

    @Reference
    InvoicingService payments;

    @Argument(index = 0, name = "year", required = true, description = "The year")
    int year;

    @Option(name = "--organisation", aliases = "-o", description = "Only this organisation's")
    Long organisation;

    @Override
    public Object execute() {
        List<Invoice> invoices = payments.invoicesIn(year).stream()
                .filter(i -> organisation == null || i.organisationId() == organisation)
                .toList();
        ShellTable table = new ShellTable();
        table.column("No.").alignRight();
        table.column("Kind");
        table.column("Date");
        table.column("Buyer");
        table.column("EAN");
        table.column("Excl. VAT").alignRight();
        table.column("Total").alignRight();
        table.column("Note");
        for (Invoice i : invoices) {
            String note = i.creditNoteId() != null
                    ? "credited by " + i.creditNoteId()
                    : i.creditedInvoiceId() != null
                            ? "credits " + i.creditedInvoiceId()
                            : i.replacesInvoiceId() != null ? "replaces " + i.replacesInvoiceId() : "";
            table.addRow()
                    .addContent(
                            i.number(),
                            i.kind(),
                            i.issueDate(),
                            i.buyer().name(),
                            i.buyer().ean(),
                            i.lineTotal(),
                            i.total(),
                            note);
        }
        table.print(System.out);
        System.out.println(invoices.size() + " document(s).");
        return null;
    }
}
