package eu.os2.platform.payments.internal.shell;

import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.payment.TierPrice;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code os2:tariffs [--products]}: the tariff versions, newest first. */
@Service
@Command(
        scope = "os2",
        name = "tariffs",
        description = "Lists the tariff versions (membership fee, index, state, decision)")
public class TariffsCommand implements Action {

    @Reference
    PaymentService payments;

    @Option(name = "--products", aliases = "-p", description = "Also list each version's product prices per tier")
    boolean products;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("From");
        table.column("State");
        table.column("Fee (DKK)").alignRight();
        table.column("Index base");
        table.column("Products").alignRight();
        table.column("Decision");
        for (TariffVersion t : payments.tariffs()) {
            table.addRow()
                    .addContent(
                            t.id(),
                            t.name(),
                            t.effectiveFrom(),
                            t.state(),
                            t.membershipFee(),
                            t.indexBaseYear() == null ? "-" : t.indexBaseYear(),
                            t.products().size(),
                            t.decisionRef() == null ? "-" : t.decisionRef());
        }
        table.print(System.out);
        if (products) {
            for (TariffVersion t : payments.tariffs()) {
                for (ProductTariff p : t.products()) {
                    StringBuilder line = new StringBuilder(t.name())
                            .append(" / ")
                            .append(p.product())
                            .append(":");
                    for (SizeTier tier : SizeTier.values()) {
                        TierPrice price = p.prices().get(tier);
                        line.append(" ")
                                .append(tier.danishName())
                                .append(" ")
                                .append(price.memberFee())
                                .append("/")
                                .append(price.nonMemberFee())
                                .append("/")
                                .append(price.joiningFee());
                    }
                    System.out.println(line.append(" (passive ")
                            .append(p.passiveNumerator())
                            .append("/")
                            .append(p.passiveDenominator())
                            .append(", contribution ")
                            .append(p.contributionRate().toPlainString())
                            .append(" %)"));
                }
            }
        }
        return null;
    }
}
