package eu.os2.platform.voting.internal.model;

import eu.os2.platform.api.voting.DecisionType;

/**
 * An item on an assembly's agenda.
 *
 * @param id stable identifier
 * @param assemblyId its assembly
 * @param position 1, 2, …
 * @param kind what it is
 * @param title Danish title
 * @param description the proposal's text, or null
 * @param decisionType what it decides, or null when there is no vote
 * @param proposedBy the member organisation that proposed it, or null
 */
public record AgendaItem(
        long id,
        long assemblyId,
        int position,
        Agenda.ItemKind kind,
        String title,
        String description,
        DecisionType decisionType,
        Long proposedBy) {}
