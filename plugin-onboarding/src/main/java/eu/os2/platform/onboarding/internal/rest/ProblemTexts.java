package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.AccessDeniedException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the refusals the onboarding services give (in English, as the shell and the logs
 * have them), in the language the request prefers: the REST answers carry them as the problem's
 * detail, which the console shows as it is.
 */
final class ProblemTexts {

    /** The services' refusals, English to Danish. */
    static final Map<String, String> DANISH = Map.ofEntries(
            Map.entry(
                    "the steering group's review is recorded by the secretariat or the board",
                    "Styregruppens anbefaling registreres af sekretariatet eller bestyrelsen."),
            Map.entry("the board decides levels 2 and 3", "Bestyrelsen beslutter niveau 2 og 3."),
            Map.entry("the secretariat decides level 1", "Sekretariatet beslutter niveau 1."),
            Map.entry(
                    "only the product's coordinator and the secretariat edit it",
                    "Kun produktets koordinator og sekretariatet kan ændre produktet."),
            Map.entry(
                    "the secretariat or a member representative registers ideas",
                    "Idéer registreres af sekretariatet eller af en medlemsrepræsentant."),
            Map.entry(
                    "a member representative registers ideas with its own organisation as the only owner; the"
                            + " secretariat records further owners",
                    "En medlemsrepræsentant registrerer idéer med sin egen organisation som eneste ejer;"
                            + " sekretariatet registrerer flere ejere."),
            Map.entry(
                    "supporters are recorded by the secretariat, once the supporting organisation has confirmed",
                    "Støtter registreres af sekretariatet, når den støttende organisation har bekræftet."),
            Map.entry(
                    "the gates' facts are checked and set by the secretariat",
                    "Forholdene bag adgangskravene kontrolleres og sættes af sekretariatet."),
            Map.entry("only the secretariat changes a product's owners", "Kun sekretariatet ændrer et produkts ejere."),
            Map.entry(
                    "only the secretariat changes a product's supporters",
                    "Kun sekretariatet ændrer et produkts støtter."),
            Map.entry("a JSON body is required", "Forespørgslen skal have et indhold i JSON."));

    private static final Pattern MISSING = Pattern.compile("no (product|assessment) (\\d+)");

    private ProblemTexts() {}

    /** @return the refusal in Danish unless the request prefers English; an unknown text as it is */
    static String text(String english, String acceptLanguage) {
        if (english == null || PlatformRest.prefersEnglish(acceptLanguage)) {
            return english;
        }
        Matcher missing = MISSING.matcher(english);
        if (missing.matches()) {
            return ("product".equals(missing.group(1)) ? "Produktet" : "Vurderingen") + " med nummer "
                    + missing.group(2) + " findes ikke.";
        }
        return DANISH.getOrDefault(english, english);
    }

    /**
     * Runs a call of the services and gives their refusals (403, 404) in the request's language.
     *
     * @return the call's answer
     */
    static <T> T localized(String acceptLanguage, Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(text(e.getMessage(), acceptLanguage));
        } catch (NoSuchElementException e) {
            throw new NoSuchElementException(text(e.getMessage(), acceptLanguage));
        }
    }

    /** @return a 400 for a request without a body, in the request's language */
    static ApiProblem noBody(String acceptLanguage) {
        return ApiProblem.badRequest(text("a JSON body is required", acceptLanguage));
    }
}
