package eu.os2.platform.pluginhost.internal.rest;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.api.rest.PlatformRest;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * The problem+json answers of the partner plugin endpoints, in the request's language (Danish
 * unless English is preferred, as everywhere in the platform). They are built here rather than
 * thrown as {@code ApiProblem}, so that a plugin's symbolic name ({@code eu.example.partner.hello})
 * reaches the administrator as it is.
 */
final class PluginProblems {

    private PluginProblems() {}

    /** @return 404: no partner plugin has that symbolic name */
    static WebApplicationException notFound(String symbolicName, boolean en) {
        return problem(
                404,
                "not-found",
                en ? "Not found" : "Findes ikke",
                en
                        ? "No partner plugin has the symbolic name " + symbolicName + "."
                        : "Intet partnerplugin har det symbolske navn " + symbolicName + ".",
                Map.of());
    }

    /** @return 422: the platform will not run the jar, with the reason in the language asked for */
    static WebApplicationException refused(PluginNotice notice, boolean en) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("code", notice.code());
        return problem(
                422,
                "plugin-refused",
                en ? "Plugin refused" : "Pluginnet blev afvist",
                en ? notice.en() : notice.da(),
                extra);
    }

    /** @return 409: the plugin has no earlier working jar to go back to */
    static WebApplicationException noLastGood(String symbolicName, boolean en) {
        return problem(
                409,
                "no-last-good-version",
                en ? "Nothing to roll back to" : "Intet at rulle tilbage til",
                en
                        ? symbolicName + " has no earlier working version to roll back to."
                        : symbolicName + " har ingen tidligere fungerende version at rulle tilbage til.",
                Map.of());
    }

    /** @return 409: the plugin could not be started, stopped or removed now, and why */
    static WebApplicationException notChanged(String symbolicName, String action, String reason, boolean en) {
        String what = switch (action) {
            case "start" -> en ? "could not be started" : "kunne ikke startes";
            case "stop" -> en ? "could not be stopped" : "kunne ikke stoppes";
            case "rollback" -> en ? "could not be rolled back" : "kunne ikke rulles tilbage";
            default -> en ? "could not be removed" : "kunne ikke fjernes";
        };
        return problem(
                409,
                "plugin-not-changed",
                en ? "Not done" : "Ikke udført",
                symbolicName + " " + what + (reason == null || reason.isBlank() ? "." : ": " + reason),
                Map.of());
    }

    /** @return 400: the body is not a jar */
    static WebApplicationException notAJar(boolean en) {
        return problem(
                400,
                "bad-request",
                en ? "Bad request" : "Forkert forespørgsel",
                en
                        ? "The file is not a jar (a zip archive with META-INF/MANIFEST.MF)."
                        : "Filen er ikke en jar-fil (et zip-arkiv med META-INF/MANIFEST.MF).",
                Map.of());
    }

    /** @return 400: the file name is missing or not a plain jar file name */
    static WebApplicationException badName(String code, boolean en) {
        return problem(
                400,
                "bad-request",
                en ? "Bad request" : "Forkert forespørgsel",
                "required".equals(code)
                        ? (en ? "Give the jar's file name as ?name=." : "Angiv jar-filens navn som ?name=.")
                        : (en
                                ? "The file name must end in .jar and hold only letters, digits, '.', '_' and '-'."
                                : "Filnavnet skal ende på .jar og kun indeholde bogstaver, tal, '.', '_' og '-'."),
                Map.of("errors", Map.of("name", code)));
    }

    /** @return 413: the jar is larger than a plugin may be */
    static WebApplicationException tooLarge(long limit, boolean en) {
        return problem(
                413,
                "payload-too-large",
                en ? "Payload too large" : "For stort indhold",
                (en ? "A plugin jar may be at most " : "En plugin-jar må højst fylde ") + (limit / (1024 * 1024))
                        + " MiB.",
                Map.of());
    }

    private static WebApplicationException problem(
            int status, String type, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", PlatformRest.PROBLEM_TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extra);
        return new WebApplicationException(
                detail,
                Response.status(status)
                        .type(PlatformRest.PROBLEM_JSON)
                        .entity(body)
                        .build());
    }
}
