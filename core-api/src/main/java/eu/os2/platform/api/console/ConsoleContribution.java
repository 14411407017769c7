package eu.os2.platform.api.console;

import eu.os2.platform.api.user.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page in the web console. Register an implementation as an OSGi service and the console shell
 * adds a menu entry for it at once; unregister it (or stop the bundle) and the entry goes away. No
 * restart is involved.
 *
 * <p>The page module is a JavaScript ES module the bundle serves itself, by convention under
 * {@code /console/plugins/<id>/}, that exports {@code render(element, context)}: the shell calls it
 * with the page's container element and a context holding {@code lang} ("da" or "en"),
 * {@code user}, {@code route} (the path after the page id), {@code api(path, options)} (a fetch
 * wrapper that adds the CSRF token and throws {@code ApiError} with the problem+json body),
 * {@code ApiError}, {@code t} (the shell's texts), {@code el} and {@code svg} (safe DOM building),
 * {@code clear}, {@code alert(kind, heading, text)}, {@code forms} (labelled fields and the API's
 * field errors next to them), {@code hasRole(id)}, {@code navigate(hash)},
 * {@code stylesheet(href)}, {@code showFailure(messages, error, options)} and {@code title(text)}.
 * The shell's {@code /console/context.js} describes each of them (JSDoc); the shell sets the window
 * title to the menu entry's, and a page may refine it.
 *
 * @since 0.1.0
 */
@ConsumerType
public interface ConsoleContribution {

    /** @return a stable id, lower-case letters, digits and '-', unique in the platform; also the page's route */
    String id();

    /** @return the menu title in Danish */
    String titleDa();

    /** @return the menu title in English */
    String titleEn();

    /** @return the menu position; lower comes first. The platform's own pages use 100, 200, … */
    int menuOrder();

    /** @return the URL path of the page module, e.g. {@code /console/plugins/hello/page.js} */
    String pageModule();

    /**
     * @return the role a user needs to see the entry and open the page; {@code null} means any
     *     signed-in user
     */
    Role requiredRole();
}
