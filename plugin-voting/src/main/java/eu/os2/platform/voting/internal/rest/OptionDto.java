package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Option;

/** An option or candidate of a ballot. */
public record OptionDto(String id, String label, Long organisationId) {

    static OptionDto of(Option o) {
        return new OptionDto(o.id(), o.label(), o.organisationId());
    }
}
