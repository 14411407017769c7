package eu.os2.platform.initiatives.internal.rest;

import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import java.util.Map;

/** The strategy's problem details in the language the client asks for (Danish unless English is preferred). */
final class Say {

    private Say() {}

    static boolean english(String acceptLanguage) {
        return PlatformRest.prefersEnglish(acceptLanguage);
    }

    static ApiProblem noInitiative(boolean en, long id) {
        return ApiProblem.notFound(en ? "There is no initiative " + id + "." : "Indsats " + id + " findes ikke.");
    }

    static ApiProblem noPeriod(boolean en, long id) {
        return ApiProblem.notFound(
                en ? "There is no strategy period " + id + "." : "Strategiperiode " + id + " findes ikke.");
    }

    static ApiProblem noPeriodYet(boolean en) {
        return ApiProblem.notFound(en ? "There is no strategy period yet." : "Der er ingen strategiperiode endnu.");
    }

    static ApiProblem bodyRequired(boolean en) {
        return ApiProblem.badRequest(en ? "The request has no content." : "Forespørgslen har intet indhold.");
    }

    static ApiProblem invalid(boolean en, String field, String code, String detailEn, String detailDa) {
        return new ApiProblem(400, "validation", "Invalid data", en ? detailEn : detailDa, Map.of(field, code));
    }

    /** @return the version in {@code If-Match}, with the refusal in the client's language */
    static long version(String ifMatch, String path, boolean en) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(
                    428,
                    "precondition-required",
                    "If-Match required",
                    en
                            ? "Reload the page and make the change again (the request lacks the version it changes)."
                            : "Hent siden igen, og gentag ændringen (forespørgslen mangler den version, den ændrer).",
                    Map.of());
        }
        try {
            return PlatformRest.versionFromIfMatch(ifMatch, path);
        } catch (ApiProblem e) {
            throw new ApiProblem(
                    e.status(),
                    e.type(),
                    e.title(),
                    en
                            ? "The version sent is not one this page read."
                            : "Den sendte version er ikke en, siden har læst.",
                    Map.of());
        }
    }
}
