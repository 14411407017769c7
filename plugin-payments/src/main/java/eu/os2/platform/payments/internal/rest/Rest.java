package eu.os2.platform.payments.internal.rest;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.util.Map;
import javax.ws.rs.core.SecurityContext;

/** What the payments resources check the same way: the caller, which organisations it sees, the year, the body. */
final class Rest {

    private Rest() {}

    static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    /** The secretariat and the board see every organisation; a member representative or a partner only its own. */
    static void forOrganisation(SecurityContext security, long organisationId) {
        if (!sees(user(security), organisationId)) {
            throw new AccessDeniedException("a member representative or partner sees only its own organisation");
        }
    }

    static boolean sees(PlatformUser user, long organisationId) {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.BOARD) || user.belongsTo(organisationId);
    }

    static int year(Integer year) {
        if (year == null) {
            throw new ApiProblem(400, "validation", "Invalid data", "year is required", Map.of("year", "required"));
        }
        if (year < 2000 || year > 2100) {
            throw new ApiProblem(
                    400, "validation", "Invalid data", "year must be 2000-2100", Map.of("year", "out-of-range"));
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
            throw new ApiProblem(400, "validation", "Invalid data", "lang is da or en", Map.of("lang", "unknown"));
        }
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("a JSON body is required");
        }
        return body;
    }
}
