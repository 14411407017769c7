package eu.os2.platform.initiatives.internal.shell;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.Milestone;
import eu.os2.platform.api.initiative.ProgressUpdate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code os2:initiative <id>}: one initiative with its milestones and timeline. */
@Service
@Command(scope = "os2", name = "initiative", description = "Shows an initiative with milestones and progress updates")
public class InitiativeCommand implements Action {

    @Reference
    InitiativeService initiatives;

    @Argument(index = 0, name = "id", required = true, description = "Initiative id")
    @Completion(InitiativeIdCompleter.class)
    long id;

    @Override
    public Object execute() {
        Initiative i = Shell.find(initiatives, id).orElse(null);
        if (i == null) {
            return null;
        }
        System.out.println("#" + i.id() + " " + i.titleDa() + " / " + i.titleEn());
        System.out.println("Status:      " + Shell.light(initiatives, i.status()) + ", progress " + i.progress()
                + " % (version " + i.version() + ")");
        System.out.println("Responsible: " + i.responsible()
                + (i.ownerOrganisationId() == null ? "" : " (organisation " + i.ownerOrganisationId() + ")"));
        System.out.println("Dates:       " + i.start() + " – " + i.end() + ", weight " + i.weight());
        if (i.completionNote() != null) {
            System.out.println("Note:        " + i.completionNote());
        }
        System.out.println("Milestones:");
        for (Milestone m : i.milestones()) {
            System.out.println("  " + m.due() + "  " + Shell.light(initiatives, m.status()) + "  " + m.progress()
                    + " %  " + m.title());
        }
        System.out.println("Updates:");
        for (ProgressUpdate u : initiatives.updates(id)) {
            String change = u.statusTo() == null ? "" : " [" + u.statusFrom() + " -> " + u.statusTo() + "]";
            System.out.println("  " + u.date() + "  " + u.author() + change + ": " + u.text());
        }
        return null;
    }
}
