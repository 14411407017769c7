package eu.os2.platform.api.storage;

import java.sql.SQLException;

/**
 * A foreign key refused a row: it names something that does not exist (any more), such as an
 * organisation removed while a form was open. A store throws it so that a service can name the
 * field without reading SQL states.
 *
 * @since 0.2.0
 */
public class MissingReferenceException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be stored; @param cause the database's refusal */
    public MissingReferenceException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param message what could not be stored
     * @param e the database's refusal
     * @return a {@link DuplicateKeyException} for a unique violation, a MissingReferenceException for
     *     a foreign key's, otherwise a plain StorageException
     */
    public static StorageException translate(String message, SQLException e) {
        String state = e.getSQLState();
        if ("23503".equals(state) || "23506".equals(state)) {
            return new MissingReferenceException(message, e);
        }
        return DuplicateKeyException.of(message, e);
    }
}
