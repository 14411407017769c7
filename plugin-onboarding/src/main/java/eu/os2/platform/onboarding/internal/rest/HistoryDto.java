package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import java.time.Instant;

/** One entry in a product's history: a step, a gate exception, a level decision, an assessment step, an import. */
public record HistoryDto(Instant at, String actor, String kind, String text) {

    static HistoryDto of(HistoryEntry h) {
        return new HistoryDto(h.at(), h.actor(), h.kind(), h.text());
    }
}
