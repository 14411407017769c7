package eu.os2.platform.api.storage;

/**
 * The database product behind the platform's DataSource. Migrations and SQL are written to run on
 * both; this exists for the rare statement that must differ.
 *
 * @since 0.1.0
 */
public enum DatabaseKind {
    /** The embedded H2 file database (default, single node). */
    H2,
    /** PostgreSQL (production, one or several nodes). */
    POSTGRESQL
}
