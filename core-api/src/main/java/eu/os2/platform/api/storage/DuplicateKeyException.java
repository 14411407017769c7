package eu.os2.platform.api.storage;

import java.sql.SQLException;

/**
 * A unique key refused a row: the thing exists already (an invoice for the year, a second vote, a
 * taken name). A store throws it so that a service can say which rule was met without reading SQL
 * states; {@link #constraint()} names the key when the database told.
 *
 * @since 0.2.0
 */
public class DuplicateKeyException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** SQLSTATE of a unique violation, on PostgreSQL and on H2 alike. */
    public static final String SQL_STATE = "23505";

    private final String constraint;

    /**
     * @param message what could not be stored
     * @param constraint the unique key's name, or {@code null} when unknown
     * @param cause the database's refusal
     */
    public DuplicateKeyException(String message, String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** @return the unique key's name in lower case, or {@code null} when the database did not say */
    public String constraint() {
        return constraint;
    }

    /** @return whether the exception (or one it wraps) is a unique violation */
    public static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (SQL_STATE.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param message what could not be stored
     * @param e the database's refusal
     * @param constraints the unique keys the caller knows; the first one the message names is given
     * @return a DuplicateKeyException for a unique violation, otherwise a plain StorageException
     */
    public static StorageException of(String message, SQLException e, String... constraints) {
        if (!isDuplicateKey(e)) {
            return new StorageException(message + ": " + e.getMessage(), e);
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        for (String constraint : constraints) {
            if (text.contains(constraint.toLowerCase(java.util.Locale.ROOT))) {
                return new DuplicateKeyException(message, constraint.toLowerCase(java.util.Locale.ROOT), e);
            }
        }
        return new DuplicateKeyException(message, null, e);
    }
}
