package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.api.voting.Assembly;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A general assembly with its dates and deadlines. */
public record AssemblyDto(
        long id,
        String kind,
        String title,
        LocalDateTime heldAt,
        String place,
        LocalDate calledOn,
        LocalDate proposalsDue,
        LocalDate materialDue,
        String ruleSet,
        LocalDate minutesPublishedOn,
        long version) {

    static AssemblyDto of(Assembly a) {
        return new AssemblyDto(
                a.id(),
                a.kind().name(),
                a.title(),
                a.heldAt(),
                a.place(),
                a.calledOn(),
                a.proposalsDue(),
                a.materialDue(),
                a.ruleSet(),
                a.minutesPublishedOn(),
                a.version());
    }
}
