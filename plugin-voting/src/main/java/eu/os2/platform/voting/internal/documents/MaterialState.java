package eu.os2.platform.voting.internal.documents;

import java.time.Instant;

/**
 * When an assembly's material was last published to the members.
 *
 * @param assemblyId the assembly
 * @param publishedAt when
 * @param publishedBy who published it
 * @param documents how many documents it held
 */
public record MaterialState(long assemblyId, Instant publishedAt, String publishedBy, int documents) {}
