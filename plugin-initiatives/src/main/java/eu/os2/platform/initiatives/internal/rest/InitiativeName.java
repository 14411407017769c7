package eu.os2.platform.initiatives.internal.rest;

/**
 * An initiative found by part of its name ({@code GET /initiatives/names}), for the pickers that
 * link to it.
 *
 * @param id the initiative's id (the reference {@code initiative:<id>})
 * @param titleDa the Danish title
 * @param titleEn the English title, or {@code null}
 * @param periodId the strategy period it belongs to
 * @param periodName that period's name
 */
public record InitiativeName(long id, String titleDa, String titleEn, long periodId, String periodName) {}
