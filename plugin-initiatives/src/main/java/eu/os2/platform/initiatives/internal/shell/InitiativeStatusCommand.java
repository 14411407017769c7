package eu.os2.platform.initiatives.internal.shell;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code os2:initiative-status <id> <status> <note…>}: changes the status with a dated note in the timeline. */
@Service
@Command(
        scope = "os2",
        name = "initiative-status",
        description = "Changes an initiative's status; the note becomes a progress update")
public class InitiativeStatusCommand implements Action {

    @Reference
    InitiativeService initiatives;

    @Reference
    Session session;

    @Argument(index = 0, name = "id", required = true, description = "Initiative id")
    @Completion(InitiativeIdCompleter.class)
    long id;

    @Argument(index = 1, name = "status", required = true, description = "New status id")
    @Completion(StatusCompleter.class)
    String status;

    @Argument(index = 2, name = "note", required = true, multiValued = true, description = "Why the status changes")
    List<String> note;

    @Override
    public Object execute() {
        Initiative i = Shell.find(initiatives, id).orElse(null);
        if (i == null) {
            return null;
        }
        PlatformUser actor = PlatformUser.shell(session.get("USER"));
        try {
            initiatives.postUpdate(
                    id,
                    i.version(),
                    new NewProgressUpdate(null, String.join(" ", note), status, null, List.of()),
                    actor);
        } catch (ValidationException e) {
            System.out.println("Not changed: " + e.fieldErrors()
                    + (e.fieldErrors().containsKey("status")
                            ? ". Known statuses: " + Shell.statusIds(initiatives)
                            : ""));
            return null;
        } catch (ConcurrentChangeException e) {
            System.out.println("Not changed: the initiative was changed meanwhile; run the command again.");
            return null;
        }
        Initiative after = initiatives.get(id).orElseThrow();
        System.out.println("#" + id + " " + after.titleDa() + ": " + Shell.light(initiatives, i.status()) + " -> "
                + Shell.light(initiatives, after.status()) + ", progress " + after.progress() + " %");
        return null;
    }
}
