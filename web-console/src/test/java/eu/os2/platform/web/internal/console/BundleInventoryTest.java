package eu.os2.platform.web.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundleInventoryTest {

    @Test
    void anActivationFailureIsShownByItsRootCause() {
        String trace = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                \tat org.apache.felix.scr.impl.inject.internal.ComponentConstructorImpl.newInstance(ComponentConstructorImpl.java:326)
                Caused by: eu.os2.platform.api.storage.StorageException: migration db/meetings/changelog.yaml of eu.example.meetings failed: Migration failed for changeset meetings-3
                \tat eu.os2.platform.core.internal.storage.PlatformStorageImpl.migrate(PlatformStorageImpl.java:110)
                Caused by: org.h2.jdbc.JdbcSQLSyntaxErrorException: Table "NO_SUCH_TABLE" not found
                \tat org.h2.message.DbException.getJdbcSQLException(DbException.java:514)
                """;
        assertThat(BundleInventory.rootCause(trace))
                .isEqualTo("JdbcSQLSyntaxErrorException: Table \"NO_SUCH_TABLE\" not found");
    }

    @Test
    void aFailureWithoutCauseShowsItsFirstLine() {
        assertThat(BundleInventory.rootCause(
                        "java.lang.IllegalStateException: no meetings configured\n\tat x.y(Z.java:1)"))
                .isEqualTo("IllegalStateException: no meetings configured");
        assertThat(BundleInventory.rootCause(null)).isEqualTo("activation failed");
    }
}
