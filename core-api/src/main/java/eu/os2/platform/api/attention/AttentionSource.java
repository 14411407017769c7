package eu.os2.platform.api.attention;

import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's part of the home page. Register an implementation as an OSGi service; the console
 * asks every source when a person opens the home page. Answer quickly (a few queries) and give only
 * what the person may act on or see.
 *
 * @since 0.1.0
 */
@ConsumerType
public interface AttentionSource {

    /**
     * @param user the signed-in person
     * @return what is the person's turn, possibly nothing
     */
    List<AttentionItem> itemsFor(PlatformUser user);
}
