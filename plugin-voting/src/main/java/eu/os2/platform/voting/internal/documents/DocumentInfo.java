package eu.os2.platform.voting.internal.documents;

import java.time.Instant;

/**
 * A document attached to an agenda item, without its bytes.
 *
 * @param id stable identifier
 * @param assemblyId its assembly
 * @param itemId its agenda item
 * @param fileName the name it was uploaded with
 * @param mediaType the type its content was recognised as, e.g. {@code application/pdf}
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its bytes, hex
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record DocumentInfo(
        long id,
        long assemblyId,
        long itemId,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
