package eu.os2.platform.web.internal.store;

import eu.os2.platform.api.storage.PlatformStorage;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The health check's look at the database: a connection from the pool that answers within 1 s. */
public final class DatabaseProbe {

    private DatabaseProbe() {}

    /** @return {@code status} UP or DOWN, the database's {@code kind}, and a {@code detail} when down */
    public static Map<String, Object> probe(PlatformStorage storage) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (storage == null) {
            result.put("status", "DOWN");
            result.put("detail", "storage service not available");
            return result;
        }
        result.put("kind", storage.kind().name());
        try (Connection connection = storage.dataSource().getConnection()) {
            result.put("status", connection.isValid(1) ? "UP" : "DOWN");
        } catch (Exception e) {
            result.put("status", "DOWN");
            result.put("detail", e.getClass().getSimpleName());
        }
        return result;
    }
}
