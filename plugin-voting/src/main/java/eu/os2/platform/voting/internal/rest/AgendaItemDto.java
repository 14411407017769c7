package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.AgendaItem;

/** An item on an assembly's agenda. */
public record AgendaItemDto(
        long id,
        long assemblyId,
        int position,
        String kind,
        String title,
        String description,
        String decisionType,
        Long proposedBy) {

    static AgendaItemDto of(AgendaItem i) {
        return new AgendaItemDto(
                i.id(),
                i.assemblyId(),
                i.position(),
                i.kind().name(),
                i.title(),
                i.description(),
                i.decisionType() == null ? null : i.decisionType().name(),
                i.proposedBy());
    }
}
