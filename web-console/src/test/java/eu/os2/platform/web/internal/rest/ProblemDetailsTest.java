package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

    @Test
    void aThingNotFoundIsNamedInTheLanguageAskedFor() {
        assertThat(ProblemDetails.inLanguage("no organisation 7", false)).isEqualTo("Organisation 7 findes ikke.");
        assertThat(ProblemDetails.inLanguage("no organisation 7", true)).isEqualTo("Organisation 7 does not exist.");
        assertThat(ProblemDetails.inLanguage("no user 12", false)).isEqualTo("Bruger 12 findes ikke.");
        assertThat(ProblemDetails.inLanguage("no invoice run 3", false)).isEqualTo("Fakturakørsel 3 findes ikke.");
        assertThat(ProblemDetails.inLanguage("no gadget 3", false)).isEqualTo("Findes ikke.");
        // another answer that happens to read "no … …" is not a thing not found
        assertThat(ProblemDetails.inLanguage(409, "no seats left", false)).isEqualTo("no seats left");
    }

    @Test
    void theSharedChecksAreSaidInDanish() {
        assertThat(ProblemDetails.inLanguage("offset must be >= 0 and limit 1-500", false))
                .isEqualTo("Offset skal være 0 eller mere og limit 1 til 500.");
        assertThat(ProblemDetails.inLanguage("send If-Match with the ETag from GET /members/7", false))
                .isEqualTo("Send If-Match med ETag'en fra GET /members/7.");
        assertThat(ProblemDetails.inLanguage("If-Match must be an ETag from this API", false))
                .isEqualTo("If-Match skal være en ETag fra denne API.");
    }

    @Test
    void aDetailAlreadyInTheUsersLanguagePassesAsItIs() {
        assertThat(ProblemDetails.inLanguage("Faktura 5 findes ikke.", false)).isEqualTo("Faktura 5 findes ikke.");
        assertThat(ProblemDetails.inLanguage(null, false)).isNull();
    }
}
