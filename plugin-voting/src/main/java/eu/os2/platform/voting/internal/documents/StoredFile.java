package eu.os2.platform.voting.internal.documents;

/**
 * A document with its bytes, to download.
 *
 * @param info what it is
 * @param content its bytes
 */
public record StoredFile(DocumentInfo info, byte[] content) {}
