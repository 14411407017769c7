package eu.os2.platform.core.internal.storage;

/** Where the core bundle's Liquibase changelog lives. */
public final class CoreSchema {

    /** Unique across bundles: Liquibase tells changesets apart by id, author and this path. */
    public static final String CHANGELOG = "db/core/changelog.yaml";

    private CoreSchema() {}
}
