package eu.os2.platform.voting.internal.rest;

import java.time.LocalDate;
import java.util.List;

/** An assembly with its agenda, ballots, rule set and the minutes' deadline. */
public record AssemblyDetailDto(
        AssemblyDto assembly,
        List<AgendaItemDto> agenda,
        List<BallotDto> ballots,
        RuleSetDto ruleSet,
        LocalDate minutesDue,
        boolean minutesLate) {}
