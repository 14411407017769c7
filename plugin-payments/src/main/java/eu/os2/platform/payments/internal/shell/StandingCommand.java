package eu.os2.platform.payments.internal.shell;

import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code os2:standing <organisation> [<standing> <note…>]}: shows or records a member's payment standing. */
@Service
@Command(
        scope = "os2",
        name = "standing",
        description =
                "Shows a member's payment standing, or records a new one (paid, overdue, reminded, unpaid-after-reminder)")
public class StandingCommand implements Action {

    @Reference
    PaymentStandingService standings;

    @Reference
    Session session;

    @Argument(index = 0, name = "organisation", required = true, description = "Organisation id")
    long organisation;

    @Argument(
            index = 1,
            name = "standing",
            required = false,
            description = "paid, overdue, reminded or unpaid-after-reminder")
    String standing;

    @Argument(index = 2, name = "note", required = false, multiValued = true, description = "Why")
    List<String> note;

    @Override
    public Object execute() {
        try {
            if (standing != null) {
                PaymentStanding s;
                try {
                    s = PaymentStanding.valueOf(
                            standing.toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    System.out.println(
                            "Unknown standing " + standing + ": use paid, overdue, reminded or unpaid-after-reminder.");
                    return null;
                }
                standings.record(
                        organisation,
                        s,
                        note == null ? null : String.join(" ", note),
                        PlatformUser.shell(session.get("USER")));
            }
            List<StandingRecord> history = standings.history(organisation);
            if (history.isEmpty()) {
                System.out.println("Organisation " + organisation + ": no standing recorded (in good standing).");
            }
            for (StandingRecord r : history) {
                System.out.println(r.recordedAt() + "  " + r.standing() + "  " + r.recordedBy() + ": " + r.note());
            }
            if (standings.treatedAsWithdrawn(organisation)) {
                System.out.println("Unpaid after a reminder: the statutes treat the member as withdrawn.");
            }
        } catch (ValidationException e) {
            System.out.println("Not recorded: " + e.fieldErrors());
        } catch (NoSuchElementException e) {
            System.out.println("No organisation " + organisation + ".");
        }
        return null;
    }
}
