package eu.os2.platform.pluginhost.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class CompatibilityTest {

    private static final CoreApiRelease RUNNING = new CoreApiRelease(
            Version.parseVersion("0.1.0"),
            Map.of(
                    "eu.os2.platform.api.rest", Version.parseVersion("0.1.0"),
                    "eu.os2.platform.api.user", Version.parseVersion("0.2.0")));

    private static Compatibility.Result check(Map<String, String> headers) {
        return Compatibility.check(headers::get, RUNNING);
    }

    @Test
    void aHeaderForANewerCoreApiIsAMismatchInBothLanguages() {
        Compatibility.Result result = check(Map.of("OS2-Core-API", "[2.0,3.0)"));

        assertThat(result.compatible()).isFalse();
        assertThat(result.range()).isEqualTo("[2.0,3.0)");
        assertThat(result.notice().code()).isEqualTo("core-api-mismatch");
        assertThat(result.notice().blocking()).isTrue();
        assertThat(result.notice().en()).isEqualTo("Built for core-api [2.0,3.0); this platform provides 0.1.0");
        assertThat(result.notice().da()).isEqualTo("Bygget til core-api [2.0,3.0); platformen har 0.1.0");
    }

    @Test
    void theHeaderDecidesOverTheImports() {
        Compatibility.Result result = check(Map.of(
                "OS2-Core-API", "[0.1,1)",
                "Import-Package", "eu.os2.platform.api.rest;version=\"[5.0,6)\""));

        assertThat(result.compatible()).isTrue();
        assertThat(result.range()).isEqualTo("[0.1,1)");
        assertThat(result.notice()).isNull();
    }

    @Test
    void aRequirementOnTheCapabilityIsReadAsARange() {
        Compatibility.Result newer = check(
                Map.of(
                        "Require-Capability",
                        "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\","
                                + "eu.os2.platform.api;filter:=\"(&(eu.os2.platform.api=core)(version>=2.0.0)(!(version>=3.0.0)))\""));
        Compatibility.Result fitting = check(Map.of(
                "Require-Capability",
                "eu.os2.platform.api;filter:=\"(&(eu.os2.platform.api=core)(version>=0.1.0)(!(version>=1.0.0)))\""));

        assertThat(newer.compatible()).isFalse();
        assertThat(newer.notice().en()).isEqualTo("Built for core-api [2.0.0,3.0.0); this platform provides 0.1.0");
        assertThat(fitting.compatible()).isTrue();
        assertThat(fitting.range()).isEqualTo("[0.1.0,1.0.0)");
    }

    @Test
    void withoutHeaderOrRequirementTheImportsOfCoreApiPackagesDecide() {
        Compatibility.Result fitting = check(
                Map.of(
                        "Import-Package",
                        "javax.ws.rs;version=\"[2.1,3)\",eu.os2.platform.api.rest;eu.os2.platform.api.user;version=\"[0.1,1)\""));
        Compatibility.Result newer = check(Map.of(
                "Import-Package",
                "eu.os2.platform.api.rest;version=\"[0.1,1)\",eu.os2.platform.api.user;version=\"[1.0,2)\""));
        Compatibility.Result missingPackage =
                check(Map.of("Import-Package", "eu.os2.platform.api.meetings;version=\"[2.0,3)\""));
        Compatibility.Result optional = check(
                Map.of("Import-Package", "eu.os2.platform.api.meetings;version=\"[2.0,3)\";resolution:=optional"));

        assertThat(fitting.compatible()).isTrue();
        assertThat(fitting.range()).isEqualTo("[0.1.0,1.0.0)");
        assertThat(newer.compatible()).isFalse();
        assertThat(newer.notice().en()).isEqualTo("Built for core-api [1.0.0,2.0.0); this platform provides 0.2.0");
        assertThat(missingPackage.compatible()).isFalse();
        assertThat(missingPackage.notice().en()).contains("this platform provides 0.1.0");
        assertThat(optional.compatible()).isTrue();
    }

    @Test
    void aBundleThatDeclaresNothingAboutCoreApiIsCompatible() {
        Compatibility.Result result = check(Map.of("Import-Package", "org.osgi.framework;version=\"[1.8,2)\""));

        assertThat(result.compatible()).isTrue();
        assertThat(result.range()).isEmpty();
    }

    @Test
    void anUnreadableHeaderIsAMismatch() {
        assertThat(check(Map.of("OS2-Core-API", "two and up")).compatible()).isFalse();
    }

    @Test
    void filtersBecomeRanges() {
        assertThat(Compatibility.rangeOf("(&(version>=1.0.0)(!(version>=2.0.0)))"))
                .isEqualTo("[1.0.0,2.0.0)");
        assertThat(Compatibility.rangeOf("(&(!(version>=2.0.0))(version>=1.0.0))"))
                .isEqualTo("[1.0.0,2.0.0)");
        assertThat(Compatibility.rangeOf("(&(!(version<=1.0.0))(version<=2.0.0))"))
                .isEqualTo("(1.0.0,2.0.0]");
        assertThat(Compatibility.rangeOf("(version>=1.0.0)")).isEqualTo("1.0.0");
        assertThat(Compatibility.rangeOf("(version=1.0.0)")).isEqualTo("(version=1.0.0)");
    }
}
