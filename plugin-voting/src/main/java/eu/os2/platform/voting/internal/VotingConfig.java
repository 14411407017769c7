package eu.os2.platform.voting.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the voting plugin, PID {@code eu.os2.platform.voting} ({@code etc/eu.os2.platform.voting.cfg}). */
@ObjectClassDefinition(
        name = "OS2 platform voting",
        description = "A local rule-set version beside the statutes (quorum and proxies), and how often reminders"
                + " are looked for")
public @interface VotingConfig {

    String PID = "eu.os2.platform.voting";

    @AttributeDefinition(
            name = "Local rule set valid from",
            required = false,
            description =
                    "YYYY-MM-DD: assemblies called on or after this day use the quorum and proxy limit below; blank = the statutes"
                            + " only")
    String ruleset_local_validFrom() default "";

    @AttributeDefinition(
            name = "Quorum",
            description = "Percent of the voting members that must be present; 0 = no quorum (the statutes)")
    int ruleset_local_quorumPercent() default 0;

    @AttributeDefinition(
            name = "Proxy limit",
            description = "How many other members one representative may vote for; 0 = no proxies (the statutes)")
    int ruleset_local_proxyLimit() default 0;

    @AttributeDefinition(
            name = "Reminders every",
            min = "1",
            description = "Seconds between two looks for proposals deadlines to remind the members of (each reminder"
                    + " is sent once, however often and on however many nodes it is looked for)")
    int reminders_everySeconds() default 1800;
}
