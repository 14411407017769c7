package eu.os2.platform.api.storage;

/**
 * The database could not do what was asked.
 *
 * @since 0.1.0
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
