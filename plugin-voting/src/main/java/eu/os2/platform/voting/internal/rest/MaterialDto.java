package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.documents.MaterialState;
import java.time.Instant;

/** When an assembly's material was published to the members, and with how many documents. */
public record MaterialDto(Instant publishedAt, String publishedBy, int documents) {

    static MaterialDto of(MaterialState m) {
        return new MaterialDto(m.publishedAt(), m.publishedBy(), m.documents());
    }
}
