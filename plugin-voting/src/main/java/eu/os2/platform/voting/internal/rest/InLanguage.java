package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.voting.internal.Refused;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The voting answers' texts in the language the console asks for (its {@code Accept-Language}):
 * Danish unless English is preferred. Field errors stay codes, which the console puts in words.
 */
final class InLanguage {

    private InLanguage() {}

    static boolean english(String acceptLanguage) {
        return PlatformRest.prefersEnglish(acceptLanguage);
    }

    /** Runs an action; an organisation rule's refusal is answered 403 in the language asked for. */
    static <T> T refusals(String acceptLanguage, Supplier<T> action) {
        try {
            return action.get();
        } catch (Refused r) {
            throw new ApiProblem(403, "forbidden", "Forbidden", r.text(english(acceptLanguage)), Map.of());
        } catch (NoSuchElementException e) {
            throw missing(acceptLanguage, e.getMessage());
        }
    }

    /** What is missing, in words: "no ballot 7" → "Afstemningen findes ikke." / "No such ballot." */
    static ApiProblem missing(String acceptLanguage, String message) {
        String m = message == null ? "" : message;
        for (String[] what : MISSING) {
            if (m.startsWith(what[0])) {
                return notFound(acceptLanguage, what[1], what[2]);
            }
        }
        return notFound(acceptLanguage, "Findes ikke.", "Not found.");
    }

    private static final String[][] MISSING = {
        {"no assembly", "Generalforsamlingen findes ikke.", "No such general assembly."},
        {"no ballot", "Afstemningen findes ikke.", "No such ballot."},
        {"no agenda item", "Dagsordenspunktet findes ikke.", "No such agenda item."},
        {"no document", "Dokumentet findes ikke.", "No such document."},
        {"no organisation", "Organisationen findes ikke.", "No such organisation."},
        {"no rule set", "Regelversionen findes ikke.", "No such rule set."}
    };

    static ApiProblem notClosed(String acceptLanguage, String danish, String english) {
        boolean en = english(acceptLanguage);
        return new ApiProblem(
                409,
                "not-closed",
                en ? "Not closed" : "Ikke lukket",
                en ? english : danish,
                Map.of("state", "not-closed"));
    }

    static ApiProblem notFound(String acceptLanguage, String danish, String english) {
        return ApiProblem.notFound(english(acceptLanguage) ? english : danish);
    }

    static ApiProblem required(String acceptLanguage, String field) {
        boolean en = english(acceptLanguage);
        return new ApiProblem(
                422,
                "validation",
                en ? "Invalid data" : "Ugyldige oplysninger",
                en ? "Correct the fields marked." : "Ret de markerede felter.",
                Map.of(field, "required"));
    }

    static ApiProblem noBody(String acceptLanguage) {
        return ApiProblem.badRequest(
                english(acceptLanguage) ? "A JSON body is required." : "Forespørgslen skal have et JSON-indhold.");
    }

    static Refused onlyRepresentative() {
        return new Refused(
                "Kun en medlemsorganisations repræsentant kan gøre dette.",
                "Only a member organisation's representative does this.");
    }
}
