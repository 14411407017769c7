package eu.os2.platform.voting.internal.model;

import java.time.Instant;

/**
 * A member organisation at an assembly: who represents it, and whether it is present.
 *
 * @param assemblyId the assembly
 * @param organisationId the member
 * @param representative the registered representative's username
 * @param substitute a substitute's username, or null
 * @param presentSince when it last checked in (or gave its proxy), or null when it never did
 * @param proxyFor when it is represented by another member's representative (proxy), that member; else null
 * @param checkedOutAt when it checked out after its last check-in, or null
 */
public record Registration(
        long assemblyId,
        long organisationId,
        String representative,
        String substitute,
        Instant presentSince,
        Long proxyFor,
        Instant checkedOutAt) {

    /** @return whether it is present now: checked in and not checked out since */
    public boolean present() {
        return presentSince != null && checkedOutAt == null;
    }
}
