package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements that give a partner plugin its own database login and schema, per database, and
 * the JDBC address its connections use. Identifiers come from a checked plugin id (lower-case
 * letters, digits, underscores) and passwords from {@link PartnerAccounts} (URL-safe Base64), so
 * they are written into the statements as they are; DDL takes no parameters.
 */
final class PartnerSql {

    private PartnerSql() {}

    /** @return the login of the plugin, e.g. {@code os2_plugin_network_meetings} */
    static String roleName(String pluginId) {
        return "os2_plugin_" + pluginId.replace('-', '_');
    }

    /** @return the schema of the plugin, e.g. {@code plugin_network_meetings} */
    static String schemaName(String pluginId) {
        return "plugin_" + pluginId.replace('-', '_');
    }

    /** @return the query answering whether the platform's database user may create logins */
    static String mayCreateRoles(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL
                ? "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"
                : "SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER";
    }

    /**
     * @param database the database the platform works in (PostgreSQL)
     * @param platformSchema the schema of the platform's own tables (PostgreSQL)
     * @return the statements, in order, that create the login and the schema it owns and take from
     *     every other login (PUBLIC) what PostgreSQL gives it by default in the platform's schemas
     */
    static List<String> create(
            DatabaseKind kind, String role, String schema, String password, String database, String platformSchema) {
        List<String> sql = new ArrayList<>();
        if (kind == DatabaseKind.POSTGRESQL) {
            sql.add("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'"
                    + " NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS");
            // whoever creates the schema on the role's behalf must be able to act as it
            sql.add("GRANT " + role + " TO CURRENT_USER");
            sql.add("CREATE SCHEMA " + schema + " AUTHORIZATION " + role);
            sql.add("ALTER ROLE " + role + " SET search_path = " + schema);
            sql.add("GRANT CONNECT ON DATABASE " + quoted(database) + " TO " + role);
            // PUBLIC may use (and before PostgreSQL 15 create in) the public schema: not a plugin's login
            sql.add("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            if (platformSchema != null && !platformSchema.equals("public")) {
                sql.add("REVOKE ALL ON SCHEMA " + quoted(platformSchema) + " FROM PUBLIC");
            }
        } else {
            String user = role.toUpperCase(Locale.ROOT);
            sql.add("CREATE USER IF NOT EXISTS " + user + " PASSWORD '" + password + "'");
            sql.add("ALTER USER " + user + " SET PASSWORD '" + password + "'");
            sql.add("CREATE SCHEMA IF NOT EXISTS " + schema.toUpperCase(Locale.ROOT) + " AUTHORIZATION " + user);
        }
        return sql;
    }

    /**
     * @return the user name to log in with: PostgreSQL keeps the lower-case name, H2 folds names to
     *     upper case
     */
    static String login(DatabaseKind kind, String role) {
        return kind == DatabaseKind.POSTGRESQL ? role : role.toUpperCase(Locale.ROOT);
    }

    /**
     * @param platformUrl the JDBC address of the platform's own connections
     * @return the address of the plugin's connections: the same database, without the platform's
     *     credentials and settings that need the platform's rights, in the plugin's schema
     */
    static String url(DatabaseKind kind, String platformUrl, String schema) {
        if (kind == DatabaseKind.POSTGRESQL) {
            int query = platformUrl.indexOf('?');
            String base = query < 0 ? platformUrl : platformUrl.substring(0, query);
            StringBuilder url =
                    new StringBuilder(base).append("?currentSchema=").append(schema);
            if (query >= 0) {
                for (String parameter : platformUrl.substring(query + 1).split("&")) {
                    String name = parameter.split("=", 2)[0];
                    if (!parameter.isEmpty()
                            && !List.of("user", "password", "currentSchema", "options")
                                    .contains(name)) {
                        url.append('&').append(parameter);
                    }
                }
            }
            return url.toString();
        }
        int settings = platformUrl.indexOf(';');
        String base = settings < 0 ? platformUrl : platformUrl.substring(0, settings);
        return base + ";SCHEMA=" + schema.toUpperCase(Locale.ROOT);
    }

    /** @return the SQL script an administrator runs when the platform may not create logins itself */
    static String script(
            DatabaseKind kind,
            String pluginId,
            String role,
            String schema,
            String password,
            String database,
            String platformSchema) {
        StringBuilder script = new StringBuilder();
        script.append("-- The database login and schema of the OS2 platform plugin \"")
                .append(pluginId)
                .append("\".\n");
        if (kind == DatabaseKind.POSTGRESQL) {
            script.append("-- Run it as a PostgreSQL superuser or a user with CREATEROLE, in database \"")
                    .append(database)
                    .append("\", e.g.\n--   psql -d ")
                    .append(database)
                    .append(" -v ON_ERROR_STOP=1 -f ")
                    .append(pluginId)
                    .append("-database.sql\n");
        } else {
            script.append("-- Run it as an administrator of the H2 database.\n");
        }
        script.append("-- Then start the plugin again. The platform keeps the same password in its table\n")
                .append("-- core_plugin_account; every node sharing the database uses this login.\n");
        if (kind == DatabaseKind.POSTGRESQL) {
            script.append("BEGIN;\n");
        }
        for (String statement : create(kind, role, schema, password, database, platformSchema)) {
            script.append(statement).append(";\n");
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            script.append("COMMIT;\n");
        }
        return script.toString();
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
