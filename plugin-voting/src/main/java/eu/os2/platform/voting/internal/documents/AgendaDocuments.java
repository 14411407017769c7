package eu.os2.platform.voting.internal.documents;

import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import java.util.Optional;

/**
 * Documents attached to an assembly's agenda items, and publishing the material to the members.
 * Who may read them is decided at the REST layer (everyone who may see the assembly); uploading,
 * deleting and publishing are the secretariat's.
 */
public interface AgendaDocuments {

    /** @return the largest document accepted, in bytes */
    long maxBytes();

    /**
     * Stores a document on an agenda item, audited, in one transaction.
     *
     * @throws eu.os2.platform.api.validation.ValidationException {@code file: type} for content that is
     *     none of the accepted types (or not the stated one), {@code file: too-large}, {@code file: required}
     *     for an empty file, {@code filename: required / invalid}
     * @throws java.util.NoSuchElementException when the assembly has no such item
     */
    DocumentInfo upload(
            long assemblyId, long itemId, String fileName, String statedType, byte[] content, PlatformUser actor);

    List<DocumentInfo> documents(long assemblyId);

    /** @return the document with its bytes, when it belongs to the assembly */
    Optional<StoredFile> file(long assemblyId, long documentId);

    /** Deletes a document, audited. @throws java.util.NoSuchElementException when the assembly has no such document */
    void delete(long assemblyId, long documentId, PlatformUser actor);

    /**
     * Records that the assembly's material is published and writes the message to the representatives of
     * every member organisation, with the list of documents, in one transaction with its audit entry.
     *
     * @return what was recorded
     */
    MaterialState publishMaterial(long assemblyId, PlatformUser actor);

    Optional<MaterialState> material(long assemblyId);
}
