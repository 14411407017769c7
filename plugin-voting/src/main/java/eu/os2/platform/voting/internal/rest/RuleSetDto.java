package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.ProcedureRule;
import eu.os2.platform.voting.internal.model.RuleSet;
import java.time.LocalDate;
import java.util.List;

/** The rule set an assembly was called under: quorum, proxies and the rules of procedure (Danish and English). */
public record RuleSetDto(
        String id, LocalDate validFrom, int quorumPercent, int proxyLimit, List<ProcedureDto> procedures) {

    /** A rule of procedure: its code (also the error code of a refusal under it) and its text. */
    public record ProcedureDto(String code, String da, String en) {

        static ProcedureDto of(ProcedureRule r) {
            return new ProcedureDto(r.code(), r.danish(), r.english());
        }
    }

    static RuleSetDto of(RuleSet r) {
        return new RuleSetDto(
                r.id(),
                r.validFrom(),
                r.quorumPercent(),
                r.proxyLimit(),
                r.procedures().stream().map(ProcedureDto::of).toList());
    }
}
