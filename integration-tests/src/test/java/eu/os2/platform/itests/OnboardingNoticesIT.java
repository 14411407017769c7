package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The onboarding plugin's lines on the home page in the booted distribution with demo data: the
 * secretariat's count of late self-assessments equals the list of late ones, the demo member
 * representative (Ballerup) sees the assessment of each product Ballerup owns and no other, and the
 * home page is refused without a login.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OnboardingNoticesIT {

    private static final String BASE = Distribution.base();
    private static final Pattern PRODUCT = Pattern.compile("\\{\"id\":(\\d+),[^{}]*\\}");

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData("exam-onboarding-notices");
    }

    @Before
    public void demoProductsExist() throws Exception {
        Distribution.awaitHealthy(90);
        HttpSession s = session("demo-viewer");
        for (int i = 0; i < 120; i++) {
            String products = s.get("/api/v1/onboarding/products").body();
            if (products.contains("Google Workspace") && products.contains("\"coordinator\":\"demo-member\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo products never appeared");
    }

    private static HttpSession session(String user) throws Exception {
        HttpSession s = new HttpSession(BASE);
        s.login(user, Distribution.DEMO_PASSWORD);
        return s;
    }

    /** @return the product ids of the late self-assessments, as the secretariat's list has them */
    private static List<Long> late(HttpSession secretariat) throws Exception {
        String reminders = secretariat.get("/api/v1/onboarding/reminders").body();
        List<Long> late = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"productId\":(\\d+),[^{}]*\"daysLate\":(-?\\d+)")
                .matcher(reminders);
        while (m.find()) {
            if (Long.parseLong(m.group(2)) > 0) {
                late.add(Long.parseLong(m.group(1)));
            }
        }
        return late;
    }

    private static String round(HttpSession s) throws Exception {
        long any = Probe.number(s.get("/api/v1/onboarding/products").body(), "\\{\"id\":(\\d+),");
        String product = s.get("/api/v1/onboarding/products/" + any).body();
        Matcher m = Pattern.compile("\"currentRound\":\"(\\d{4}-[12])\"").matcher(product);
        assertTrue(product, m.find());
        return m.group(1);
    }

    @Test
    public void theSecretariatSeesHowManySelfAssessmentsAreLate() throws Exception {
        HttpSession secretariat = session("demo-secretariat");
        List<Long> late = late(secretariat);
        String round = round(secretariat);
        HttpResponse<String> home = secretariat.get("/api/v1/attention");
        assertEquals(home.body(), 200, home.statusCode());
        if (late.isEmpty()) {
            // before the round's deadline nothing is late
            assertFalse(home.body(), home.body().contains("onboarding.assessments-overdue/"));
            return;
        }
        assertTrue(home.body(), home.body().contains("\"onboarding.assessments-overdue/" + round + "\""));
        String count = late.size() == 1 ? "1 produkt mangler" : late.size() + " produkter mangler";
        String countEn = late.size() == 1 ? "1 product lacks" : late.size() + " products lack";
        assertTrue(home.body(), home.body().contains(count) || home.body().contains(countEn));
        assertTrue(home.body(), home.body().contains("\"#/products\""));
        assertFalse(
                "one line for all of them, not one per product", home.body().contains("\"onboarding.assessment-due/"));
    }

    @Test
    public void aRepresentativeSeesTheAssessmentsOfTheProductsItsOrganisationOwns() throws Exception {
        HttpSession secretariat = session("demo-secretariat");
        String round = round(secretariat);
        long ballerup = Probe.number(
                secretariat.get("/api/v1/members?q=Ballerup%20Kommune").body(), "\"id\":(\\d+),\"cvr\"");
        List<Long> toAssess = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        List<Long> late = late(secretariat);
        String reminders = secretariat.get("/api/v1/onboarding/reminders").body();
        Matcher products =
                PRODUCT.matcher(secretariat.get("/api/v1/onboarding/products").body());
        while (products.find()) {
            long id = Long.parseLong(products.group(1));
            boolean draft = reminders.contains("\"productId\":" + id + ",");
            boolean ours = Pattern.compile("\"owners\":\\[([0-9,]*,)?" + ballerup + "[,\\]]")
                    .matcher(products.group())
                    .find();
            if (draft && products.group().contains("\"step\":\"PRODUCT\"")) {
                (ours ? toAssess : others).add(id);
            }
        }
        assertFalse("the demo gives Ballerup a product to assess", toAssess.isEmpty());

        HttpResponse<String> home = session("demo-member").get("/api/v1/attention");
        assertEquals(home.body(), 200, home.statusCode());
        for (long id : toAssess) {
            assertTrue(home.body(), home.body().contains("\"onboarding.assessment-due/" + id + "/" + round + "\""));
            assertTrue(home.body(), home.body().contains("\"#/products/assessment/" + id + "/" + round + "\""));
        }
        for (long id : others) {
            assertFalse(home.body(), home.body().contains("\"onboarding.assessment-due/" + id + "/"));
        }
        assertFalse(
                "the secretariat's count is not the member's", home.body().contains("onboarding.assessments-overdue/"));
        if (!late.isEmpty()) {
            assertTrue(
                    home.body(),
                    home.body().contains("er forsinket") || home.body().contains("is overdue"));
        }
    }

    @Test
    public void theHomePageNeedsALogin() throws Exception {
        assertEquals(401, new HttpSession(BASE).get("/api/v1/attention").statusCode());
    }
}
