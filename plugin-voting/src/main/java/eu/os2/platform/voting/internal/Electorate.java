package eu.os2.platform.voting.internal;

import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.model.RuleSet;
import eu.os2.platform.voting.internal.model.RuleSets;
import java.util.Optional;
import java.util.Set;

/** Who may vote, read live from the member directory and the payment standing, and the rule sets. */
public interface Electorate {

    /** @return the organisations that may vote now: members with a vote, minus those unpaid after a reminder */
    Set<Long> eligible();

    /**
     * @return every member organisation with a vote, whatever its payment standing: the statutes'
     *     written notice and the material go to all of them (one that pays before the assembly votes)
     */
    Set<Long> members();

    /**
     * @return the statute code that refuses the organisation's vote now, or empty when it may vote
     * @throws java.util.NoSuchElementException when there is no such organisation
     */
    Optional<String> refusal(long organisationId);

    /** @return the organisation's name, or "organisation &lt;id&gt;" when it is gone */
    String name(long organisationId);

    RuleSets ruleSets();

    default RuleSet ruleSet(Assembly a) {
        return ruleSets().byId(a.ruleSet());
    }
}
