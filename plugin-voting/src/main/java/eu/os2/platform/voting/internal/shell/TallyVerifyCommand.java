package eu.os2.platform.voting.internal.shell;

import eu.os2.platform.voting.internal.Ballots;
import eu.os2.platform.voting.internal.model.Verification;
import java.util.NoSuchElementException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code os2:tally-verify <id>}: recomputes receipts, the hash chain and the tally of a ballot. */
@Service
@Command(
        scope = "os2",
        name = "tally-verify",
        description = "Verifies a ballot: receipts, hash chain and a recount from the bulletin board")
public class TallyVerifyCommand implements Action {

    @Reference
    Ballots voting;

    @Argument(index = 0, name = "ballot", required = true, description = "Ballot id")
    long ballot;

    @Override
    public Object execute() {
        try {
            Verification v = voting.verify(ballot);
            System.out.println((v.ok() ? "OK" : "FAILED") + ": ballot " + ballot + ", " + v.ballots()
                    + " ballot(s) on the board, " + v.chainEntries() + " log entries.");
            System.out.println("Recounted: " + v.recounted());
            if (v.stored() != null) {
                System.out.println("Published: " + v.stored());
            }
            v.problems().forEach(p -> System.out.println("  " + p));
        } catch (NoSuchElementException e) {
            System.out.println("No ballot " + ballot + ".");
        }
        return null;
    }
}
