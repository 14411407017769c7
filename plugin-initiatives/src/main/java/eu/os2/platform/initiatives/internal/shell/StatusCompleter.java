package eu.os2.platform.initiatives.internal.shell;

import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.InitiativeStatus;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the configured status ids. */
@Service
public class StatusCompleter implements Completer {

    @Reference
    InitiativeService initiatives;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(initiatives.statuses().stream()
                        .map(InitiativeStatus::id)
                        .toList())
                .complete(session, commandLine, candidates);
    }
}
