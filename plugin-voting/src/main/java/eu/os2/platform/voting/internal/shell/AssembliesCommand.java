package eu.os2.platform.voting.internal.shell;

import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.Ballots;
import eu.os2.platform.voting.internal.model.Ballot;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code os2:assemblies}: the assemblies with their ballots and states. */
@Service
@Command(
        scope = "os2",
        name = "assemblies",
        description = "Lists the general assemblies with their deadlines and ballots")
public class AssembliesCommand implements Action {

    @Reference
    VotingService voting;

    @Reference
    Ballots ballots;

    @Override
    public Object execute() {
        for (Assembly a : voting.assemblies()) {
            System.out.println(
                    "#" + a.id() + " " + a.title() + " (" + a.kind() + ") " + a.heldAt() + ", called " + a.calledOn()
                            + ", proposals by " + a.proposalsDue() + ", material by " + a.materialDue() + ", rule set "
                            + a.ruleSet()
                            + (a.minutesPublishedOn() == null ? "" : ", minutes published " + a.minutesPublishedOn()));
            for (Ballot b : ballots.ballots(a.id())) {
                System.out.println("   ballot " + b.id() + " [" + b.state() + (b.secret() ? ", secret" : "") + "] "
                        + b.title() + (b.summary() == null ? "" : " - " + b.summary()));
            }
        }
        return null;
    }
}
