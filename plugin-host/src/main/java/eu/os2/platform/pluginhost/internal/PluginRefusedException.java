package eu.os2.platform.pluginhost.internal;

import eu.os2.platform.api.plugin.PluginNotice;
import java.util.Objects;

/** A jar the platform will not run as a partner plugin, with the reason in Danish and English. */
public class PluginRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PluginNotice notice;

    /**
     * @param notice why the jar is refused
     */
    public PluginRefusedException(PluginNotice notice) {
        super(Objects.requireNonNull(notice, "notice").en());
        this.notice = notice;
    }

    /**
     * @return why the jar is refused
     */
    public PluginNotice notice() {
        return notice;
    }
}
