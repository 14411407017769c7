package eu.os2.platform.voting.internal.rest;

import java.util.List;

/**
 * An assembly's agenda documents, when its material was published (or null), the largest document
 * accepted in bytes and the accepted media types.
 */
public record DocumentsDto(
        List<DocumentDto> documents, MaterialDto material, long maxBytes, List<String> acceptedTypes) {}
