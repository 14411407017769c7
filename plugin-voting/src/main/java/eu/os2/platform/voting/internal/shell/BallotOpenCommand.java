package eu.os2.platform.voting.internal.shell;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.voting.internal.Ballots;
import eu.os2.platform.voting.internal.model.Ballot;
import java.util.NoSuchElementException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code os2:ballot-open <id>}: opens a ballot for votes. */
@Service
@Command(scope = "os2", name = "ballot-open", description = "Opens a ballot for votes (the chair of the meeting)")
public class BallotOpenCommand implements Action {

    @Reference
    Ballots voting;

    @Reference
    Session session;

    @Argument(index = 0, name = "ballot", required = true, description = "Ballot id")
    long ballot;

    @Override
    public Object execute() {
        try {
            Ballot b = voting.open(ballot, PlatformUser.shell(session.get("USER")));
            System.out.println("Ballot " + b.id() + " is open: " + b.title());
        } catch (ValidationException e) {
            System.out.println("Not opened: " + e.fieldErrors());
        } catch (NoSuchElementException e) {
            System.out.println("No ballot " + ballot + ".");
        }
        return null;
    }
}
