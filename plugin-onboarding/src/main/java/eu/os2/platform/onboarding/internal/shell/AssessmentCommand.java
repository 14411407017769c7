package eu.os2.platform.onboarding.internal.shell;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.Levels;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code os2:assessment <product> [round]}: a product's assessment, qualifying level and what stands before the next. */
@Service
@Command(
        scope = "os2",
        name = "assessment",
        description = "Shows a product's assessment for a round (default: the current one)")
public class AssessmentCommand implements Action {

    @Reference
    ProductRegistry registry;

    @Reference
    Assessments assessments;

    @Argument(index = 0, name = "product", required = true, description = "Product name or id")
    String product;

    @Argument(index = 1, name = "round", required = false, description = "e.g. 2026-2")
    String round;

    @Override
    public Object execute() {
        Product p = (product.matches("\\d+") ? registry.product(Long.parseLong(product)) : registry.byName(product))
                .orElse(null);
        if (p == null) {
            System.out.println("No product " + product + ".");
            return null;
        }
        String r = round == null ? assessments.currentRound() : round;
        Assessment a = assessments.assessment(p.id(), r);
        Levels.Result levels = assessments.levels(a);
        int criteria = assessments.catalogue().criteria().size();
        Object qualifying = levels.qualifying() == null ? "none" : levels.qualifying();
        System.out.println(
                p.name() + " " + r + ": " + a.state() + ", " + a.marks().size() + " of " + criteria
                        + " criteria marked; level now " + p.level() + ", qualifies for " + qualifying
                        + (a.decided() == null ? "" : ", decided " + a.decided() + " (" + a.reason() + ")"));
        if (!levels.complete()) {
            System.out.println("Incomplete, no level until every criterion is marked; blank: "
                    + String.join(", ", levels.blank()));
        }
        if (levels.next() != null) {
            String blockers = levels.blockers().isEmpty() ? "nothing" : String.join(", ", levels.blockers());
            System.out.println("Before " + levels.next() + ": " + blockers);
        }
        return null;
    }
}
