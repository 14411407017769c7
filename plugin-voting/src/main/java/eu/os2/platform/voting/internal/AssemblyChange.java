package eu.os2.platform.voting.internal;

import eu.os2.platform.api.voting.AssemblyKind;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The fields of an assembly the secretariat sets (the body of create and edit). */
public record AssemblyChange(
        AssemblyKind kind,
        String title,
        LocalDateTime heldAt,
        String place,
        LocalDate calledOn,
        LocalDate proposalsDue,
        LocalDate materialDue) {}
