package eu.os2.platform.payments.internal;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.payments.internal.model.Seller;
import java.math.BigDecimal;

/**
 * The plugin's configuration read once: OS2's invoicing identity, the VAT rate, the payment terms and
 * the reserve target.
 */
public record Settings(Seller seller, BigDecimal vatRate, int paymentTermsDays, Money reserveTarget) {

    public static Settings of(PaymentsConfig config) {
        return new Settings(
                new Seller(
                        config.seller_name(),
                        config.seller_cvr(),
                        config.seller_ean(),
                        config.seller_street(),
                        config.seller_building(),
                        config.seller_postcode(),
                        config.seller_city(),
                        config.seller_bank_reg(),
                        config.seller_bank_account()),
                new BigDecimal(config.vat_rate().trim()),
                config.payment_terms_days(),
                Money.parse(config.reserve_target().trim()));
    }
}
