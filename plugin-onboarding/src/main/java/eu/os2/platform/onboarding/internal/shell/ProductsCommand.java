package eu.os2.platform.onboarding.internal.shell;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code os2:products}: the products with stage, step and level. */
@Service
@Command(
        scope = "os2",
        name = "products",
        description = "Lists OS2's products, ideas and projects with their step and level")
public class ProductsCommand implements Action {

    @Reference
    ProductRegistry onboarding;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Name");
        table.column("Stage");
        table.column("Step");
        table.column("Level");
        table.column("Coordinator");
        for (Product p : onboarding.products()) {
            table.addRow()
                    .addContent(
                            p.id(),
                            p.name(),
                            p.stage(),
                            p.step(),
                            p.level(),
                            p.coordinator() == null ? "-" : p.coordinator());
        }
        table.print(System.out);
        return null;
    }
}
