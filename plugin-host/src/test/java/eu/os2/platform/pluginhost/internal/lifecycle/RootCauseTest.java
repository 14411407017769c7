package eu.os2.platform.pluginhost.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

    private static String printed(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void theDeepestCauseOfAPrintedTraceWithoutWrappersOrClassNames() {
        Exception liquibase = new IllegalStateException(
                "Migration failed for changeset db/changelog.yaml::3::partner:\n     Reason: Table \"NO_SUCH_TABLE\" not found");
        Exception trace = new InvocationTargetException(new RuntimeException("migration of x failed", liquibase));

        String cause = RootCause.of(printed(trace));

        assertThat(cause)
                .isEqualTo(
                        "Migration failed for changeset db/changelog.yaml::3::partner: Reason: Table \"NO_SUCH_TABLE\" not found");
    }

    @Test
    void aFailedChangesetIsNamedInFrontOfTheDatabaseMessage() {
        Exception database =
                new java.sql.SQLException("Table \"LIFECYCLE_NO_SUCH_TABLE\" not found; SQL statement:\nALTER TABLE x");
        Exception liquibase = new IllegalStateException(
                "liquibase.exception.MigrationFailedException: Migration failed for changeset db/changelog.yaml::3::lifecycle:\n     Reason: x",
                database);

        assertThat(RootCause.of(printed(new RuntimeException("migration failed", liquibase))))
                .isEqualTo(
                        "changeset db/changelog.yaml::3::lifecycle: Table \"LIFECYCLE_NO_SUCH_TABLE\" not found; SQL statement: ALTER TABLE x");
    }

    @Test
    void aTraceWithoutCauseGivesItsFirstMessage() {
        assertThat(RootCause.of(printed(new IllegalArgumentException("bad input"))))
                .isEqualTo("bad input");
        assertThat(RootCause.of(printed(new NullPointerException()))).isEqualTo("NullPointerException");
        assertThat(RootCause.of((String) null)).isEmpty();
    }

    @Test
    void anExceptionGivesItsDeepestMessageShortened() {
        Exception deep = new RuntimeException("outer", new IllegalStateException("x".repeat(2000)));

        assertThat(RootCause.of(deep)).hasSize(RootCause.MAX_LENGTH).endsWith("…");
        assertThat(RootCause.of(new RuntimeException(new java.io.IOException())))
                .isEqualTo("IOException");
    }
}
