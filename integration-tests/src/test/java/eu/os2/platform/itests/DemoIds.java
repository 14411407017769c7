package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ids of the demo data that tests call endpoints with: Ballerup, Aarhus, their invoices, a ballot, a product. */
final class DemoIds {

    private static final String API = "/api/v1";

    private DemoIds() {}

    /** Waits (at most two minutes) for the demo data and reads its ids. */
    static Map<String, String> read(HttpSession admin) throws Exception {
        Map<String, String> ids = new HashMap<>();
        long end = System.nanoTime() + 120_000_000_000L;
        String decisions = "";
        String invoices = "";
        while (System.nanoTime() < end) {
            decisions = admin.get(API + "/voting/decisions").body();
            String ballerup = admin.get(API + "/members?q=Ballerup%20Kommune").body();
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(ballerup);
            invoices = id.find()
                    ? admin.get(API + "/payments/organisations/" + id.group(1) + "/invoices")
                            .body()
                    : "";
            if (decisions.contains("\"ballotId\"")
                    && invoices.startsWith("[{\"id\"")
                    && admin.get(API + "/onboarding/products").body().contains("\"coordinator\":\"demo-member\"")) {
                break;
            }
            Thread.sleep(500);
        }
        ids.put(
                "ballerup",
                first(admin.get(API + "/members?q=Ballerup%20Kommune").body(), "\"id\":(\\d+),\"cvr\""));
        ids.put("aarhus", first(admin.get(API + "/members?q=Aarhus%20Kommune").body(), "\"id\":(\\d+),\"cvr\""));
        ids.put(
                "ballerupInvoice",
                first(
                        admin.get(API + "/payments/organisations/" + ids.get("ballerup") + "/invoices")
                                .body(),
                        "\\{\"id\":(\\d+),\"number\":\\d+,\"kind\":\"INVOICE\""));
        ids.put(
                "aarhusInvoice",
                first(
                        admin.get(API + "/payments/organisations/" + ids.get("aarhus") + "/invoices")
                                .body(),
                        "\\{\"id\":(\\d+),\"number\":\\d+,\"kind\":\"INVOICE\""));
        ids.put(
                "assembly",
                first(
                        admin.get(API + "/voting/assemblies").body(),
                        "\\{\"id\":(\\d+),\"kind\":\"ORDINARY\",\"title\":\"Ordinær generalforsamling 2025\""));
        ids.put("ballot", first(decisions, "\"ballotId\":(\\d+)"));
        String products = admin.get(API + "/onboarding/products").body();
        ids.put("product", first(products, "\\{\"id\":(\\d+),[^{}]*\"coordinator\":\"demo-member\""));
        ids.put("otherProduct", first(products, "\\{\"id\":(\\d+),[^{}]*\"coordinator\":\"(?!demo-member\")[^\"]+\""));
        String product =
                admin.get(API + "/onboarding/products/" + ids.get("product")).body();
        ids.put("round", first(product, "\"currentRound\":\"(\\d{4}-[12])\""));
        ids.put("assessment", assessment(product, "DRAFT"));
        ids.put(
                "otherAssessment",
                assessment(
                        admin.get(API + "/onboarding/products/" + ids.get("otherProduct"))
                                .body(),
                        null));
        ids.put("tariff", first(admin.get(API + "/payments/tariffs").body(), "^\\[\\{\"id\":(\\d+)"));
        ids.put("run", first(admin.get(API + "/payments/runs").body(), "^\\[\\{\"id\":(\\d+)"));
        ids.put("period", first(admin.get(API + "/initiatives/periods").body(), "^\\[\\{\"id\":(\\d+)"));
        ids.put("initiative", first(admin.get(API + "/initiatives").body(), "\"items\":\\[\\{\"id\":(\\d+)"));
        ids.put("user", first(admin.get(API + "/users").body(), "\\{\"id\":(\\d+),\"username\":\"demo-viewer\""));
        ids.put("year", first(invoices, "\"year\":(\\d{4})"));
        String subscriptions = admin.get(API + "/payments/organisations/" + ids.get("ballerup") + "/subscriptions")
                .body();
        Matcher subscription = Pattern.compile("^\\[\\{\"id\":(\\d+)").matcher(subscriptions);
        ids.put("subscription", subscription.find() ? subscription.group(1) : "999999");
        return ids;
    }

    /** @return the id of the product page's assessment in the state asked for (any when null) */
    private static String assessment(String productPage, String state) {
        Matcher list = Pattern.compile("\"assessments\":\\[(.*?)\\]").matcher(productPage);
        assertThat(list.find()).as("assessments in %s", productPage).isTrue();
        for (String entry : list.group(1).split("\\},\\{")) {
            if (state == null || entry.contains("\"state\":\"" + state + "\"")) {
                return first(entry, "\"id\":(\\d+)");
            }
        }
        throw new AssertionError("no " + state + " assessment in " + productPage);
    }

    static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find())
                .as("%s in %s", regex, text.length() > 500 ? text.substring(0, 500) + "…" : text)
                .isTrue();
        return matcher.group(1);
    }
}
