package eu.os2.platform.api.plugin;

import java.util.Objects;

/**
 * Something the platform says about a partner bundle, in Danish and English: why it holds the
 * bundle back, or what happened to its last update.
 *
 * @param code a stable code, e.g. {@code core-api-mismatch}, {@code untrusted}, {@code rolled-back}
 * @param blocking whether the bundle is held back (it is not started) because of it
 * @param da the text in Danish
 * @param en the text in English
 * @since 0.1.0
 */
public record PluginNotice(String code, boolean blocking, String da, String en) {
    public PluginNotice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(da, "da");
        Objects.requireNonNull(en, "en");
    }
}
