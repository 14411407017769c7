package eu.os2.platform.payments.internal.shell;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.run.InvoiceRunService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code os2:invoice-run <year> [--dry-run]}: issues the year's invoices, or shows what would be issued. */
@Service
@Command(
        scope = "os2",
        name = "invoice-run",
        description = "Issues one invoice per member for the year (idempotent); --dry-run only shows it")
public class InvoiceRunCommand implements Action {

    @Reference
    InvoiceRunService payments;

    @Reference
    Session session;

    @Argument(index = 0, name = "year", required = true, description = "The year to invoice")
    int year;

    @Option(name = "--dry-run", aliases = "-n", description = "Show what would be issued; issue nothing")
    boolean dryRun;

    /** The shell reads options only before the arguments; this lets {@code --dry-run} follow the year too. */
    @Argument(
            index = 1,
            name = "--dry-run",
            required = false,
            description = "--dry-run after the year works as the option")
    String trailing;

    @Override
    public Object execute() {
        if (trailing != null) {
            if (!trailing.equals("--dry-run") && !trailing.equals("-n")) {
                System.out.println("Unknown argument " + trailing + ": use os2:invoice-run <year> [--dry-run].");
                return null;
            }
            dryRun = true;
        }
        try {
            if (dryRun) {
                Reports.Preview p = payments.preview(year);
                System.out.println(
                        "Dry run " + year + " under " + p.tariffName() + ": " + p.toIssue() + " invoice(s) to issue, "
                                + p.alreadyIssued() + " already issued, " + p.withProblems() + " with problems; DKK "
                                + p.lineTotal()
                                + " excl. VAT, " + p.total() + " incl. VAT.");
                for (Reports.MemberCharge m : p.members()) {
                    if (!m.problems().isEmpty() && !m.alreadyIssued()) {
                        System.out.println("  " + m.name() + ": " + String.join(" ", m.problems()));
                    }
                }
                return null;
            }
            Reports.RunStatus r = payments.runNow(
                    year,
                    PlatformUser.shell(session.get("USER")),
                    done -> System.out.print("\r" + done + " organisation(s) done"));
            System.out.println();
            if (r.state() == Reports.RunState.FAILED) {
                System.out.println("Invoice run " + year + " failed, nothing issued: " + r.error());
                return null;
            }
            System.out.println("Invoice run " + year + ": " + r.created() + " invoice(s) issued, DKK " + r.total()
                    + " incl. VAT; " + r.skipped() + " already had one; " + r.withProblems() + " with problems.");
            r.problems().forEach(p -> System.out.println("  " + p));
        } catch (ValidationException e) {
            System.out.println(
                    e.fieldErrors().containsValue("no-tariff")
                            ? "No adopted tariff version is in force on 1 January " + year + "."
                            : "Refused: " + e.fieldErrors());
        }
        return null;
    }
}
