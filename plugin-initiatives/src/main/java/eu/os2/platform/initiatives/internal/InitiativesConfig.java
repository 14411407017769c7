package eu.os2.platform.initiatives.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the initiatives plugin, PID {@code eu.os2.platform.initiatives} ({@code etc/eu.os2.platform.initiatives.cfg}). */
@ObjectClassDefinition(
        name = "OS2 platform strategy and initiatives",
        description = "Statuses of initiatives and milestones")
public @interface InitiativesConfig {

    String PID = "eu.os2.platform.initiatives";

    @AttributeDefinition(
            name = "Statuses",
            description =
                    "One per entry, in display order: id|Danish name|English name|GREEN, YELLOW, RED or GREY|default progress 0-100|done (true/false)")
    String[] statuses() default {
        "completed|Gennemført|Completed|GREEN|100|true",
        "in-progress|I gang|In progress|GREEN|50|false",
        "planned|Planlagt|Planned|GREY|0|false",
        "at-risk|I risiko|At risk|YELLOW|50|false",
        "paused|Sat på pause|Paused|GREY|0|false",
    };
}
