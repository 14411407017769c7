package eu.os2.platform.payments.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the payments plugin, PID {@code eu.os2.platform.payments} ({@code etc/eu.os2.platform.payments.cfg}). */
@ObjectClassDefinition(
        name = "OS2 platform payments",
        description = "OS2's invoicing identity, VAT, payment terms and reserve target")
public @interface PaymentsConfig {

    String PID = "eu.os2.platform.payments";

    @AttributeDefinition(name = "Seller name", description = "OS2's legal name on invoices")
    String seller_name() default "OS2 - Offentligt Digitaliseringsfællesskab";

    @AttributeDefinition(name = "Seller CVR", description = "8 digits")
    String seller_cvr() default "41849983";

    @AttributeDefinition(name = "Seller EAN/GLN", description = "13 digits; the e-invoice sender")
    String seller_ean() default "5790002750595";

    @AttributeDefinition(name = "Seller street", description = "Street name without the number")
    String seller_street() default "Hack Kampmanns Plads";

    @AttributeDefinition(name = "Seller house number")
    String seller_building() default "2";

    @AttributeDefinition(name = "Seller postcode")
    String seller_postcode() default "8000";

    @AttributeDefinition(name = "Seller town")
    String seller_city() default "Aarhus C";

    @AttributeDefinition(
            name = "Bank registration number",
            description = "4 digits; blank prints no bank account on invoices",
            required = false)
    String seller_bank_reg() default "";

    @AttributeDefinition(
            name = "Bank account number",
            description = "Blank prints no bank account on invoices",
            required = false)
    String seller_bank_account() default "";

    @AttributeDefinition(name = "VAT rate", description = "Percent, e.g. 25")
    String vat_rate() default "25";

    @AttributeDefinition(name = "Payment terms", description = "Days from the issue date to the due date")
    int payment_terms_days() default 30;

    @AttributeDefinition(
            name = "Reserve target",
            description = "The association's reserve target in DKK (not public: set by the board), e.g. 1500000.00")
    String reserve_target() default "1500000.00";
}
