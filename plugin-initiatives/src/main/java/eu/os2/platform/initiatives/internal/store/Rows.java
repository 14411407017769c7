package eu.os2.platform.initiatives.internal.store;

import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.MissingReferenceException;
import eu.os2.platform.api.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** What the plugin's stores share: running a unit of work, binding, generated keys and the links column. */
final class Rows {

    /** What a failure message of the plugin's {@link JdbcQueries} names. */
    static final String AREA = "initiatives";

    private Rows() {}

    /**
     * Reads in one unit of work on one connection.
     *
     * @throws StorageException with {@code failure} as its message when the database fails
     */
    static <T> T read(JdbcQueries queries, String failure, JdbcQueries.Work<T> work) {
        try {
            return queries.transactionResult(work);
        } catch (SQLException e) {
            throw new StorageException(failure, e);
        }
    }

    /**
     * Writes in one transaction: committed when the work returns, rolled back when it throws.
     *
     * @throws eu.os2.platform.api.storage.DuplicateKeyException when a unique key refuses the change
     * @throws MissingReferenceException when a referenced row does not exist
     */
    static <T> T write(JdbcQueries queries, String failure, JdbcQueries.Work<T> work) {
        try {
            return queries.transactionResult(work);
        } catch (SQLException e) {
            throw MissingReferenceException.translate(failure, e);
        }
    }

    /** Links are stored one per line, with a line break before the first and after the last, so a LIKE can match one exactly. */
    static String writeLinks(List<PlatformRef> links) {
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n");
        links.forEach(link -> text.append(link).append('\n'));
        return text.toString();
    }

    static List<PlatformRef> readLinks(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n"))
                .filter(line -> !line.isEmpty())
                .map(PlatformRef::parse)
                .toList();
    }

    static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
