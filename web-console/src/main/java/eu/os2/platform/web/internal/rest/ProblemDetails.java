package eu.os2.platform.web.internal.rest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem details the platform's shared code writes in English (the core-api's paging and
 * {@code If-Match} checks, a service's "no organisation 7"), in the language the request prefers.
 * A detail already in the user's language, or one it does not know, passes as it is.
 */
final class ProblemDetails {

    /** "no organisation 7": what the services say when they do not find a thing. */
    private static final Pattern NOT_FOUND = Pattern.compile("no ([a-z][a-z ]*?) (\\S+)");

    private static final Pattern PAGE = Pattern.compile("offset must be >= 0 and limit 1-(\\d+)");
    private static final Pattern IF_MATCH = Pattern.compile("send If-Match with the ETag from GET (\\S+)");

    /** The things the platform's services do not find, Danish and English. */
    private static final Map<String, String[]> THINGS = Map.ofEntries(
            Map.entry("organisation", new String[] {"Organisation", "Organisation"}),
            Map.entry("user", new String[] {"Bruger", "User"}),
            Map.entry("entry", new String[] {"Post", "Entry"}),
            Map.entry("partner plugin", new String[] {"Partnerplugin", "Partner plugin"}),
            Map.entry("initiative", new String[] {"Initiativ", "Initiative"}),
            Map.entry("strategy period", new String[] {"Strategiperiode", "Strategy period"}),
            Map.entry("product", new String[] {"Produkt", "Product"}),
            Map.entry("assessment", new String[] {"Vurdering", "Assessment"}),
            Map.entry("tariff version", new String[] {"Takstversion", "Tariff version"}),
            Map.entry("invoice", new String[] {"Faktura", "Invoice"}),
            Map.entry("invoice run", new String[] {"Fakturakørsel", "Invoice run"}),
            Map.entry("subscription", new String[] {"Produktaftale", "Subscription"}),
            Map.entry("assembly", new String[] {"Generalforsamling", "General assembly"}),
            Map.entry("ballot", new String[] {"Afstemning", "Ballot"}),
            Map.entry("document", new String[] {"Dokument", "Document"}),
            Map.entry("rule set", new String[] {"Regelsæt", "Rule set"}));

    private ProblemDetails() {}

    /** @return the detail in Danish or English where the platform knows it, else the detail as it is */
    static String inLanguage(String detail, boolean english) {
        return inLanguage(404, detail, english);
    }

    /**
     * @param status the answer's status: only a 404's detail is read as a thing not found
     * @return the detail in Danish or English where the platform knows it, else the detail as it is
     */
    static String inLanguage(int status, String detail, boolean english) {
        if (detail == null) {
            return null;
        }
        Matcher m = NOT_FOUND.matcher(detail);
        if (status == 404 && m.matches()) {
            String[] thing = THINGS.get(m.group(1));
            if (thing != null) {
                return thing[english ? 1 : 0] + " " + m.group(2) + (english ? " does not exist." : " findes ikke.");
            }
            return english ? "Not found: " + m.group(1) + " " + m.group(2) + "." : "Findes ikke.";
        }
        m = PAGE.matcher(detail);
        if (m.matches()) {
            return english
                    ? "Offset must be 0 or more and limit 1 to " + m.group(1) + "."
                    : "Offset skal være 0 eller mere og limit 1 til " + m.group(1) + ".";
        }
        m = IF_MATCH.matcher(detail);
        if (m.matches()) {
            return english
                    ? "Send If-Match with the ETag from GET " + m.group(1) + "."
                    : "Send If-Match med ETag'en fra GET " + m.group(1) + ".";
        }
        if ("If-Match must be an ETag from this API".equals(detail)) {
            return english ? "If-Match must be an ETag from this API." : "If-Match skal være en ETag fra denne API.";
        }
        return detail;
    }
}
