package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.documents.DocumentInfo;
import java.time.Instant;

/** A document on an agenda item, without its bytes. */
public record DocumentDto(
        long id,
        long itemId,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    static DocumentDto of(DocumentInfo d) {
        return new DocumentDto(
                d.id(), d.itemId(), d.fileName(), d.mediaType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt());
    }
}
