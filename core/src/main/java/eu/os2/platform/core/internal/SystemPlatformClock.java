package eu.os2.platform.core.internal;

import eu.os2.platform.api.time.PlatformClock;
import java.time.Clock;
import org.osgi.service.component.annotations.Component;

/** The real clock. */
@Component(service = PlatformClock.class)
public class SystemPlatformClock implements PlatformClock {

    private final Clock clock = Clock.system(ZONE);

    @Override
    public Clock clock() {
        return clock;
    }
}
