package eu.os2.platform.api.storage;

/**
 * An update was based on a version that is no longer current: someone else changed the object
 * first. Nothing was stored; reload and apply the change again.
 *
 * @since 0.1.0
 */
public class ConcurrentChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public ConcurrentChangeException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    /** @return the version now stored */
    public long currentVersion() {
        return currentVersion;
    }
}
