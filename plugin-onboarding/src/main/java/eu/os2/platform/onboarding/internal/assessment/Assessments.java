package eu.os2.platform.onboarding.internal.assessment;

import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.Catalogue;
import eu.os2.platform.onboarding.internal.model.Levels;
import eu.os2.platform.onboarding.internal.model.Mark;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The criteria catalogue, the half-yearly self-assessments with their review workflow (self-assessment,
 * the secretariat's evaluation, the steering group's review, the level decision) and the levels.
 */
public interface Assessments {

    Catalogue catalogue();

    /** @return the round today is in, e.g. {@code 2026-2} */
    String currentRound();

    /** @return the deadline of the round */
    LocalDate deadline(String round);

    /** @return the product's assessment for the round: the stored one, or a blank draft (not stored) */
    Assessment assessment(long productId, String round);

    /** @return the product's assessments, newest round first */
    List<Assessment> assessmentsOf(long productId);

    /** @return what the assessment's marks qualify for */
    Levels.Result levels(Assessment a);

    /** @return the number of products at each level (products only, not ideas and projects) */
    Map<ProductLevel, Long> levelCounts();

    /** The coordinator (or the secretariat) saves marks on a draft; blank marks are allowed until it is handed in. */
    Assessment saveMarks(long productId, String round, long expectedVersion, List<Mark> marks, PlatformUser actor);

    /** The coordinator hands the self-assessment in; every criterion must be marked. */
    Assessment submit(long assessmentId, long expectedVersion, PlatformUser actor);

    /** The secretariat evaluates: a traffic light per theme and a note. */
    Assessment evaluate(
            long assessmentId, long expectedVersion, Map<String, String> lights, String note, PlatformUser actor);

    /** The steering group's review and recommended level, recorded by the secretariat or the board. */
    Assessment review(
            long assessmentId, long expectedVersion, String note, ProductLevel recommended, PlatformUser actor);

    /**
     * The level decision: the secretariat decides the sandbox and level 1, the board levels 2 and 3;
     * the reason goes to the decision log.
     */
    Assessment decide(long assessmentId, long expectedVersion, ProductLevel level, String reason, PlatformUser actor);
}
