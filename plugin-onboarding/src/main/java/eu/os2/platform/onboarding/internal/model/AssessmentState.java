package eu.os2.platform.onboarding.internal.model;

/** The review workflow of a half-yearly assessment. */
public enum AssessmentState {
    /** The product coordinator fills in the self-assessment. */
    DRAFT,
    /** Handed in: the secretariat evaluates. */
    SUBMITTED,
    /** The secretariat has evaluated with a traffic light per theme. */
    EVALUATED,
    /** The steering group has reviewed and recommended a level. */
    REVIEWED,
    /** The level is decided (level 1 by the secretariat, 2-3 by the board). */
    DECIDED
}
