package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.RuleSet;
import java.time.LocalDate;

/** The rule set an assembly was called under: quorum and proxies. */
public record RuleSetDto(String id, LocalDate validFrom, int quorumPercent, int proxyLimit) {

    static RuleSetDto of(RuleSet r) {
        return new RuleSetDto(r.id(), r.validFrom(), r.quorumPercent(), r.proxyLimit());
    }
}
