package eu.os2.platform.onboarding.internal.model;

import java.util.List;

/**
 * Where a product stands before one gate.
 *
 * @param missing what is missing (codes), empty when the gate is met
 * @param exception the secretariat's explained exception, or null
 * @param authorities the distinct public authorities that count at the gate (see {@link Gates})
 * @param authoritiesNeeded how many the gate needs
 */
public record GateStatus(List<String> missing, String exception, long authorities, int authoritiesNeeded) {

    /** Copies the list. */
    public GateStatus {
        missing = List.copyOf(missing);
    }
}
