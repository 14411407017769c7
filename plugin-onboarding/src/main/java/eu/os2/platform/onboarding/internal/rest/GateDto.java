package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.GateStatus;
import java.util.List;

/** A gate of a product: what is missing and the explained exception (null when none). */
public record GateDto(List<String> missing, String exception) {

    static GateDto of(GateStatus g) {
        return new GateDto(g.missing(), g.exception());
    }
}
