package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.GateStatus;
import java.util.List;

/**
 * A gate of a product: what is missing, the explained exception (null when none), and the distinct
 * public authorities that count at it (owners for a project, owners and supporters for a product;
 * supplier partners never count) against how many it needs.
 */
public record GateDto(List<String> missing, String exception, long authorities, int authoritiesNeeded) {

    static GateDto of(GateStatus g) {
        return new GateDto(g.missing(), g.exception(), g.authorities(), g.authoritiesNeeded());
    }
}
