package eu.os2.platform.api.initiative;

/**
 * A status an initiative or milestone can have. The set is configuration
 * ({@code etc/eu.os2.platform.initiatives.cfg}); the platform starts with {@code completed},
 * {@code in-progress}, {@code planned}, {@code at-risk} and {@code paused}.
 *
 * @param id stable, lower-case id stored with the data, e.g. {@code in-progress}
 * @param nameDa the Danish name
 * @param nameEn the English name
 * @param light the traffic-light colour
 * @param defaultProgress the progress, 0–100, of a milestone in this status that reports none,
 *     and of an initiative in this status that has no milestones
 * @param done whether this status means finished: a milestone in it counts as 100 %, and an
 *     initiative in it may not have milestones that are not done, unless explained
 * @since 0.1.0
 */
public record InitiativeStatus(
        String id, String nameDa, String nameEn, TrafficLight light, int defaultProgress, boolean done) {}
