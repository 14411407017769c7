package eu.os2.platform.payments.internal.rest;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import javax.ws.rs.core.SecurityContext;

/** What the payments resources check the same way: the caller, which organisations it sees, the year, the body. */
final class Rest {

    private Rest() {}

    static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    /** What a thing not found is called, by the start of the services' messages ("no invoice 5"). */
    private static final Map<String, String[]> THINGS = new LinkedHashMap<>();

    static {
        THINGS.put(
                "no tariff version ",
                new String[] {"Takstversion %s findes ikke.", "Tariff version %s does not exist."});
        THINGS.put("no invoice run ", new String[] {"Fakturakørsel %s findes ikke.", "Invoice run %s does not exist."});
        THINGS.put("no invoice ", new String[] {"Faktura %s findes ikke.", "Invoice %s does not exist."});
        THINGS.put(
                "no organisation ", new String[] {"Organisation %s findes ikke.", "Organisation %s does not exist."});
        THINGS.put(
                "no subscription ", new String[] {"Produktaftale %s findes ikke.", "Subscription %s does not exist."});
    }

    /** @return whether the console asked for English (else Danish) */
    static boolean english(String acceptLanguage) {
        return PlatformRest.prefersEnglish(acceptLanguage);
    }

    /** @return the Danish or the English text */
    static String say(boolean english, String danish, String englishText) {
        return english ? englishText : danish;
    }

    /** The secretariat and the board see every organisation; a member representative or a partner only its own. */
    static void forOrganisation(SecurityContext security, long organisationId, boolean english) {
        if (!sees(user(security), organisationId)) {
            throw new AccessDeniedException(say(
                    english,
                    "Et medlems repræsentant eller en partner ser kun sin egen organisations betaling.",
                    "A member representative or partner sees only its own organisation's payments."));
        }
    }

    /** @return what the call answers; a thing it does not find is told in the language asked for */
    static <T> T found(boolean english, Supplier<T> call) {
        try {
            return call.get();
        } catch (NoSuchElementException e) {
            throw notFound(e.getMessage(), english);
        }
    }

    /** @return the services' "no invoice 5" in Danish or English */
    static NoSuchElementException notFound(String message, boolean english) {
        String m = message == null ? "" : message;
        for (Map.Entry<String, String[]> thing : THINGS.entrySet()) {
            if (m.startsWith(thing.getKey())) {
                return new NoSuchElementException(String.format(
                        thing.getValue()[english ? 1 : 0],
                        m.substring(thing.getKey().length())));
            }
        }
        return new NoSuchElementException(say(english, "Findes ikke.", "Not found."));
    }

    static boolean sees(PlatformUser user, long organisationId) {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.BOARD) || user.belongsTo(organisationId);
    }

    static int year(Integer year) {
        return year(year, false);
    }

    static int year(Integer year, boolean english) {
        if (year == null) {
            throw new ApiProblem(
                    400,
                    "validation",
                    "Invalid data",
                    say(english, "Året skal angives.", "The year is required."),
                    Map.of("year", "required"));
        }
        if (year < 2000 || year > 2100) {
            throw new ApiProblem(
                    400,
                    "validation",
                    "Invalid data",
                    say(english, "Året skal være 2000-2100.", "The year must be 2000-2100."),
                    Map.of("year", "out-of-range"));
        }
        return year;
    }

    /** @return the language asked for ({@code da} or {@code en}), else the one the browser prefers */
    static Language language(String lang, String acceptLanguage) {
        if (lang == null || lang.isBlank()) {
            return PlatformRest.prefersEnglish(acceptLanguage) ? Language.EN : Language.DA;
        }
        try {
            return Language.fromCode(lang);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(
                    400,
                    "validation",
                    "Invalid data",
                    say(PlatformRest.prefersEnglish(acceptLanguage), "lang er da eller en.", "lang is da or en."),
                    Map.of("lang", "unknown"));
        }
    }

    static <T> T required(T body) {
        return required(body, false);
    }

    static <T> T required(T body, boolean english) {
        if (body == null) {
            throw ApiProblem.badRequest(say(english, "Et JSON-indhold kræves.", "A JSON body is required."));
        }
        return body;
    }
}
