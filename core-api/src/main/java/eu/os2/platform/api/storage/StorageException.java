package eu.os2.platform.api.storage;

import java.sql.SQLException;

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

    /**
     * @return whether the database refused a value rather than failed: SQL state class 22 (too long,
     *     out of range, a character it cannot store) or 23513 (a check constraint). Nothing was
     *     stored; the client sent something the checks before the database let through.
     * @since 0.3.0
     */
    public boolean refusedValue() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("22") || state.equals("23513")) {
                    return true;
                }
            }
        }
        return false;
    }
}
