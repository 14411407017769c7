package eu.os2.platform.web.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.web.internal.console.BundleInventory.BundleInfo;
import java.util.List;
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

    @Test
    void aBundleTheGateHoldsBackIsNotWorkingAndOneRolledBackNeedsAttention() {
        PluginNotice mismatch = new PluginNotice(
                "core-api-mismatch",
                true,
                "Bygget til core-api [2.0,3.0); platformen har 0.1.0",
                "Built for core-api [2.0,3.0); this platform provides 0.1.0");
        PluginNotice rolledBack = new PluginNotice(
                "rolled-back",
                false,
                "Opdateringen til 1.0.2 fejlede; rullet tilbage til 1.0.1",
                "Update to 1.0.2 failed; rolled back to 1.0.1");
        PluginNotice untrusted = new PluginNotice("untrusted", false, "Ikke betroet", "Not trusted");

        BundleInfo heldBack = info("INSTALLED", List.of(mismatch));
        BundleInfo restored = info("ACTIVE", List.of(rolledBack));
        BundleInfo warned = info("ACTIVE", List.of(untrusted));

        assertThat(heldBack.working()).isFalse();
        assertThat(heldBack.needsAttention()).isTrue();
        assertThat(restored.working()).isTrue();
        assertThat(restored.needsAttention()).isTrue();
        assertThat(warned.working()).isTrue();
        assertThat(warned.needsAttention()).isFalse();
        assertThat(info("ACTIVE", List.of(new PluginNotice("untrusted", true, "Afvist", "Refused")))
                        .working())
                .isFalse();
    }

    private static BundleInfo info(String state, List<PluginNotice> notices) {
        return new BundleInfo(42, "eu.example.meetings", "Meetings", "1.0.1", state, false, List.of(), notices);
    }
}
