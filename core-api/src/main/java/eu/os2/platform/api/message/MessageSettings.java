package eu.os2.platform.api.message;

import java.util.Objects;
import java.util.Set;

/**
 * What a person chose about their messages.
 *
 * @param language the language they receive messages and documents in
 * @param switchedOff the kinds they do not want; never a required one
 * @since 0.1.0
 */
public record MessageSettings(Language language, Set<String> switchedOff) {

    /** Copies the set. */
    public MessageSettings {
        Objects.requireNonNull(language, "language");
        switchedOff = Set.copyOf(switchedOff);
    }
}
