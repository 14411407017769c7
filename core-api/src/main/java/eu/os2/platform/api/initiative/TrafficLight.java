package eu.os2.platform.api.initiative;

/**
 * The colour a status shows at a glance.
 *
 * @since 0.1.0
 */
public enum TrafficLight {
    /** On track or done. */
    GREEN,
    /** Needs attention. */
    YELLOW,
    /** Off track. */
    RED,
    /** Not started or on hold. */
    GREY
}
