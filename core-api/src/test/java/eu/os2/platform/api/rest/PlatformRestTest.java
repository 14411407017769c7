package eu.os2.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformRestTest {

    @Test
    void anEtagReadsBackAsItsVersionStrongOrWeak() {
        assertThat(PlatformRest.etag(3)).isEqualTo("\"3\"");
        assertThat(PlatformRest.versionFromIfMatch(PlatformRest.etag(3), "/x")).isEqualTo(3);
        assertThat(PlatformRest.versionFromIfMatch("W/\"12\"", "/x")).isEqualTo(12);
    }

    @Test
    void aMissingIfMatchIs428AndGarbageIs400() {
        assertThatThrownBy(() -> PlatformRest.versionFromIfMatch(null, "/initiatives/3"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(428);
                    assertThat(p.detail()).contains("/initiatives/3");
                });
        assertThatThrownBy(() -> PlatformRest.versionFromIfMatch(" ", "/x"))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.status()).isEqualTo(428));
        assertThatThrownBy(() -> PlatformRest.versionFromIfMatch("\"abc\"", "/x"))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.status()).isEqualTo(400));
    }

    @Test
    void pagingOutsideTheRangeNamesTheField() {
        PlatformRest.requirePage(0, 200, 200);
        assertThatThrownBy(() -> PlatformRest.requirePage(-1, 10, 200))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.fieldErrors()).containsEntry("offset", "range"));
        assertThatThrownBy(() -> PlatformRest.requirePage(0, 201, 200))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.fieldErrors()).containsEntry("limit", "range"));
        assertThatThrownBy(() -> PlatformRest.requirePage(0, 0, 200)).isInstanceOf(ApiProblem.class);
    }
}
