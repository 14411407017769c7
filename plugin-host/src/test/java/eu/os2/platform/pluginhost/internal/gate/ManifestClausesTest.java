package eu.os2.platform.pluginhost.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestClausesTest {

    @Test
    void clausesKeepQuotedCommasAndSplitPathsAttributesAndDirectives() {
        List<ManifestClauses.Clause> clauses = ManifestClauses.parse(
                "a.b;c.d;version=\"[1,2)\";resolution:=optional, e.f;filter:=\"(&(x=1)(y>=2))\";size:Long=3");

        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0).paths()).containsExactly("a.b", "c.d");
        assertThat(clauses.get(0).get("version")).isEqualTo("[1,2)");
        assertThat(clauses.get(0).get("resolution:")).isEqualTo("optional");
        assertThat(clauses.get(1).get("filter:")).isEqualTo("(&(x=1)(y>=2))");
        assertThat(clauses.get(1).get("size")).isEqualTo("3");
        assertThat(ManifestClauses.parse(null)).isEmpty();
        assertThat(ManifestClauses.parse("  ")).isEmpty();
    }
}
