package eu.os2.platform.api.initiative;

/**
 * A point of OS2's mission that an initiative serves (e.g. {@code influence}: every member has a
 * vote).
 *
 * @param id stable, lower-case id
 * @param nameDa the Danish name
 * @param nameEn the English name
 * @since 0.1.0
 */
public record MissionPoint(String id, String nameDa, String nameEn) {}
