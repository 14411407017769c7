package eu.os2.platform.pluginhost.internal.trust;

import java.util.Locale;

/** How strictly partner plugins are checked for a trusted signature or an allow-list entry. */
public enum TrustMode {
    /** No check: for development. */
    OFF,
    /** Untrusted plugins run, with a notice. */
    WARN,
    /** Untrusted plugins are refused: the default for a production installation. */
    ENFORCE;

    /**
     * @param value off, warn or enforce (any case); anything else is read as enforce
     * @return the mode
     */
    public static TrustMode parse(String value) {
        if (value == null) {
            return ENFORCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "off" -> OFF;
            case "warn" -> WARN;
            default -> ENFORCE;
        };
    }
}
