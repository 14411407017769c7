package eu.os2.platform.initiatives.internal.shell;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.StrategyPeriod;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code os2:initiatives}: the initiatives of a period (the current one unless asked) with status and progress. */
@Service
@Command(
        scope = "os2",
        name = "initiatives",
        description = "Lists strategic initiatives with status and rolled-up progress")
public class InitiativesCommand implements Action {

    @Reference
    InitiativeService initiatives;

    @Option(name = "--period", description = "Strategy period id (default: the current period)")
    Long periodId;

    @Option(name = "--status", description = "Only initiatives with this status")
    @Completion(StatusCompleter.class)
    String status;

    @Override
    public Object execute() {
        StrategyPeriod period =
                (periodId == null ? initiatives.currentPeriod() : initiatives.period(periodId)).orElse(null);
        if (period == null) {
            System.out.println(periodId == null ? "No strategy period yet." : "No strategy period " + periodId + ".");
            return null;
        }
        if (status != null && initiatives.statuses().stream().noneMatch(s -> s.id().equals(status))) {
            System.out.println("Unknown status '" + status + "'. Known: " + Shell.statusIds(initiatives));
            return null;
        }
        System.out.println(
                period.name() + " (" + period.from() + " – " + period.to() + "), progress " + period.progress() + " %");
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Initiative");
        table.column("Status");
        table.column("Progress").alignRight();
        table.column("Milestones").alignRight();
        for (Initiative i : initiatives
                .search(new InitiativeQuery(period.id(), status, null, 0, InitiativeQuery.MAX_LIMIT))
                .items()) {
            table.addRow()
                    .addContent(
                            i.id(),
                            i.titleDa(),
                            Shell.light(initiatives, i.status()),
                            i.progress() + " %",
                            Shell.doneCount(initiatives, i) + "/"
                                    + i.milestones().size());
        }
        table.print(System.out);
        return null;
    }
}
