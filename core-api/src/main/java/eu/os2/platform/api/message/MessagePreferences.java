package eu.os2.platform.api.message;

import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Each person's choice of language and of the kinds of message they receive.
 *
 * @since 0.1.0
 */
@ProviderType
public interface MessagePreferences {

    /** @return every registered kind, ordered by code */
    List<MessageKind> kinds();

    /** @return the person's settings; Danish and everything on until they choose */
    MessageSettings settings(long userId);

    /**
     * Changes a person's own settings. Audited.
     *
     * @return the stored settings
     * @throws eu.os2.platform.api.validation.ValidationException {@code switchedOff: unknown} for a
     *     kind that is not registered, {@code switchedOff: required} for one that cannot be switched off
     */
    MessageSettings change(PlatformUser user, MessageSettings settings);
}
