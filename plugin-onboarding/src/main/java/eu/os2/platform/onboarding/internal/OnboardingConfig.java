package eu.os2.platform.onboarding.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the onboarding plugin, PID {@code eu.os2.platform.onboarding} ({@code etc/eu.os2.platform.onboarding.cfg}). */
@ObjectClassDefinition(
        name = "OS2 platform onboarding",
        description = "The deadlines of the two yearly assessment rounds")
public @interface OnboardingConfig {

    String PID = "eu.os2.platform.onboarding";

    @AttributeDefinition(
            name = "First round deadline",
            description = "MM-DD: self-assessments for the first half-year are due")
    String round1_deadline() default "04-30";

    @AttributeDefinition(
            name = "Second round deadline",
            description = "MM-DD: self-assessments for the second half-year are due")
    String round2_deadline() default "10-31";
}
