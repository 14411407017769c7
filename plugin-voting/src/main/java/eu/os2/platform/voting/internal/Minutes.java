package eu.os2.platform.voting.internal;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.voting.Assembly;
import java.time.LocalDate;

/** An assembly's minutes: drafted from the agenda, attendance and results, saved and published within two weeks. */
public interface Minutes {

    /** @return the stored minutes, or a draft from the agenda, attendance and results */
    String minutes(long assemblyId);

    String draftMinutes(long assemblyId);

    Assembly saveMinutes(long assemblyId, long expectedVersion, String text, boolean publish, PlatformUser actor);

    /** Saves the minutes; a publication date publishes them (the demo enters a past assembly's). */
    Assembly saveMinutes(long assemblyId, long expectedVersion, String text, LocalDate publishOn, PlatformUser actor);

    /** @return whether the minutes were (or, unpublished, now are) later than the statutes' two weeks */
    boolean minutesLate(Assembly a);
}
