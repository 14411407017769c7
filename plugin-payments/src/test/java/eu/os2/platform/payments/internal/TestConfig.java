package eu.os2.platform.payments.internal;

import java.lang.annotation.Annotation;

/** The plugin's default configuration, as the metatype declares it. */
final class TestConfig implements PaymentsConfig {

    @Override
    public Class<? extends Annotation> annotationType() {
        return PaymentsConfig.class;
    }

    @Override
    public String seller_name() {
        return "OS2 - Offentligt Digitaliseringsfællesskab";
    }

    @Override
    public String seller_cvr() {
        return "41849983";
    }

    @Override
    public String seller_ean() {
        return "5790002750595";
    }

    @Override
    public String seller_street() {
        return "Hack Kampmanns Plads";
    }

    @Override
    public String seller_building() {
        return "2";
    }

    @Override
    public String seller_postcode() {
        return "8000";
    }

    @Override
    public String seller_city() {
        return "Aarhus C";
    }

    @Override
    public String seller_bank_reg() {
        return "";
    }

    @Override
    public String seller_bank_account() {
        return "";
    }

    @Override
    public String vat_rate() {
        return "25";
    }

    @Override
    public int payment_terms_days() {
        return 30;
    }

    @Override
    public String reserve_target() {
        return "1500000.00";
    }
}
