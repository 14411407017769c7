package eu.os2.platform.initiatives.internal.shell;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.InitiativeService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes initiative ids, showing each one's Danish title. */
@Service
public class InitiativeIdCompleter implements Completer {

    @Reference
    InitiativeService initiatives;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        for (Initiative i : initiatives
                .search(new InitiativeQuery(null, null, null, 0, InitiativeQuery.MAX_LIMIT))
                .items()) {
            ids.getStrings().add(Long.toString(i.id()));
        }
        return ids.complete(session, commandLine, candidates);
    }
}
