package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.PlatformUser;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The console pages present right now: a bundle that registers or withdraws one changes the menu at once. */
@Component(service = ContributionRegistry.class)
public class ContributionRegistry {

    private final List<ConsoleContribution> contributions = new CopyOnWriteArrayList<>();

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(ConsoleContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(ConsoleContribution contribution) {
        contributions.remove(contribution);
    }

    /** @return the pages the user may open, in menu order; a page with a malformed id is left out */
    public List<ConsoleContribution> visibleTo(PlatformUser user) {
        return contributions.stream()
                .filter(c -> c.id() != null && c.id().matches("[a-z0-9-]{1,40}"))
                .filter(c -> c.requiredRole() == null || user.hasRole(c.requiredRole()))
                .sorted(Comparator.comparingInt(ConsoleContribution::menuOrder).thenComparing(ConsoleContribution::id))
                .toList();
    }
}
