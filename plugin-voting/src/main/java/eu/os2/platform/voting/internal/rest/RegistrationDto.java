package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Registration;
import java.time.Instant;

/** A member organisation at an assembly: its representative, substitute, attendance and proxy. */
public record RegistrationDto(
        long assemblyId,
        long organisationId,
        String representative,
        String substitute,
        Instant presentSince,
        Long proxyFor,
        Instant checkedOutAt,
        boolean present) {

    static RegistrationDto of(Registration r) {
        return new RegistrationDto(
                r.assemblyId(),
                r.organisationId(),
                r.representative(),
                r.substitute(),
                r.presentSince(),
                r.proxyFor(),
                r.checkedOutAt(),
                r.present());
    }
}
