package eu.os2.platform.voting.internal.electorate;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.VotingConfig;
import eu.os2.platform.voting.internal.model.RuleSets;
import eu.os2.platform.voting.internal.model.Statute;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Who may vote, read live from the member directory and, when the payments plugin runs, the payment
 * standing; and the rule sets, the statutes' and a configured local one.
 */
@Component(service = Electorate.class, configurationPid = VotingConfig.PID)
@Designate(ocd = VotingConfig.class)
public class ElectorateImpl implements Electorate {

    private final MemberService members;
    private final PaymentStandingService standing;
    private final RuleSets ruleSets;

    @Activate
    public ElectorateImpl(
            @Reference MemberService members,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) PaymentStandingService standing,
            VotingConfig config) {
        this(
                members,
                standing,
                RuleSets.configured(
                        config.ruleset_local_validFrom(),
                        config.ruleset_local_quorumPercent(),
                        config.ruleset_local_proxyLimit()));
    }

    /** For tests; {@code standing} may be null. */
    public ElectorateImpl(MemberService members, PaymentStandingService standing, RuleSets ruleSets) {
        this.members = members;
        this.standing = standing;
        this.ruleSets = ruleSets;
    }

    @Override
    public Set<Long> members() {
        Set<Long> all = new java.util.LinkedHashSet<>();
        for (Organisation o : members.votingMembers()) {
            all.add(o.id());
        }
        return all;
    }

    @Override
    public Set<Long> eligible() {
        Set<Long> unpaid = standing == null ? Set.of() : standing.treatedAsWithdrawn();
        Set<Long> result = new HashSet<>();
        for (Organisation o : members.votingMembers()) {
            if (!unpaid.contains(o.id())) {
                result.add(o.id());
            }
        }
        return result;
    }

    @Override
    public Optional<String> refusal(long organisationId) {
        Organisation o = members.get(organisationId)
                .orElseThrow(() -> new NoSuchElementException("no organisation " + organisationId));
        if (!o.hasVotingRight()) {
            return Optional.of(Statute.ONE_VOTE.code());
        }
        if (standing != null && standing.treatedAsWithdrawn(organisationId)) {
            return Optional.of(Statute.UNPAID.code());
        }
        return Optional.empty();
    }

    @Override
    public String name(long organisationId) {
        return members.get(organisationId).map(Organisation::name).orElse("organisation " + organisationId);
    }

    @Override
    public RuleSets ruleSets() {
        return ruleSets;
    }
}
