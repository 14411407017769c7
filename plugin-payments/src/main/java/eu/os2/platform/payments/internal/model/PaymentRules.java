package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TierPrice;
import eu.os2.platform.api.ref.PlatformRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the payments plugin accepts, as field → error code (empty when all is well). The codes are
 * the console's translation keys: {@code required}, {@code too-long}, {@code negative},
 * {@code out-of-range}, {@code duplicate}, {@code missing-tier}, {@code invalid-ref},
 * {@code invalid-street}, {@code invalid-postcode}, {@code municipality-tier}, {@code too-many}.
 */
public final class PaymentRules {

    /** The largest amount accepted anywhere: DKK 100 million. */
    public static final Money MAX_AMOUNT = Money.kroner(100_000_000);
    /** At most this many products per tariff version. */
    public static final int MAX_PRODUCTS = 200;

    private PaymentRules() {}

    /** @return errors in a tariff draft */
    public static Map<String, String> tariff(TariffChange c) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "name", c.name(), 100, true);
        year(errors, "effectiveFrom", c.effectiveFrom());
        ref(errors, "decisionRef", c.decisionRef());
        ref(errors, "proposalRef", c.proposalRef());
        amount(errors, "membershipFee", c.membershipFee(), true);
        amount(errors, "supplierPartnerFee", c.supplierPartnerFee(), false);
        if (c.indexBaseYear() != null && (c.indexBaseYear() < 2000 || c.indexBaseYear() > 2100)) {
            errors.put("indexBaseYear", "out-of-range");
        }
        if (c.products().size() > MAX_PRODUCTS) {
            errors.put("products", "too-many");
            return errors;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < c.products().size(); i++) {
            ProductTariff p = c.products().get(i);
            String at = "products[" + i + "].";
            if (p == null) {
                errors.put("products[" + i + "]", "required");
                continue;
            }
            if (text(errors, at + "product", p.product(), 100, true)
                    && !names.add(p.product().trim())) {
                errors.put(at + "product", "duplicate");
            }
            for (SizeTier tier : SizeTier.values()) {
                TierPrice price = p.prices().get(tier);
                String pt = at + "prices." + tier.name() + ".";
                if (price == null) {
                    errors.put(at + "prices." + tier.name(), "missing-tier");
                    continue;
                }
                amount(errors, pt + "memberFee", price.memberFee(), true);
                amount(errors, pt + "nonMemberFee", price.nonMemberFee(), true);
                amount(errors, pt + "joiningFee", price.joiningFee(), true);
            }
            if (p.passiveDenominator() < 1 || p.passiveDenominator() > 1000) {
                errors.put(at + "passiveDenominator", "out-of-range");
            } else if (p.passiveNumerator() < 0 || p.passiveNumerator() > p.passiveDenominator()) {
                errors.put(at + "passiveNumerator", "out-of-range");
            }
            BigDecimal rate = p.contributionRate();
            if (rate == null) {
                errors.put(at + "contributionRate", "required");
            } else if (rate.signum() < 0
                    || rate.compareTo(BigDecimal.valueOf(100)) > 0
                    || rate.stripTrailingZeros().scale() > 4) {
                errors.put(at + "contributionRate", "out-of-range");
            }
        }
        return errors;
    }

    /** @return errors in billing details for an organisation of this kind */
    public static Map<String, String> billing(BillingDetails b, OrganisationKind kind) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "orderReference", b.orderReference(), 100, true);
        text(errors, "personReference", b.personReference(), 100, true);
        if (text(errors, "street", b.street(), 200, true) && !Streets.valid(b.street())) {
            errors.put("street", "invalid-street");
        }
        if (b.postcode() == null || b.postcode().isBlank()) {
            errors.put("postcode", "required");
        } else if (!b.postcode().matches("[1-9]\\d{3}")) {
            errors.put("postcode", "invalid-postcode");
        }
        text(errors, "city", b.city(), 100, true);
        if (b.manualTier() != null) {
            if (kind == OrganisationKind.MUNICIPALITY) {
                errors.put("manualTier", "municipality-tier");
            }
            text(errors, "tierReason", b.tierReason(), 500, true);
        } else {
            text(errors, "tierReason", b.tierReason(), 500, false);
        }
        return errors;
    }

    /** @return errors in a new subscription */
    public static Map<String, String> subscription(String product, LocalDate from, LocalDate to) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "product", product, 100, true);
        year(errors, "from", from);
        if (to != null && from != null && to.isBefore(from)) {
            errors.put("to", "out-of-range");
        }
        return errors;
    }

    /** @return whether the text is present (when required) and short enough */
    static boolean text(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "required");
            }
            return false;
        }
        if (value.length() > max) {
            errors.put(field, "too-long");
            return false;
        }
        return true;
    }

    private static void year(Map<String, String> errors, String field, LocalDate date) {
        if (date == null) {
            errors.put(field, "required");
        } else if (date.getYear() < 2000 || date.getYear() > 2100) {
            errors.put(field, "out-of-range");
        }
    }

    private static void amount(Map<String, String> errors, String field, Money amount, boolean required) {
        if (amount == null) {
            if (required) {
                errors.put(field, "required");
            }
        } else if (amount.isNegative()) {
            errors.put(field, "negative");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.put(field, "out-of-range");
        }
    }

    private static void ref(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > 500) {
            errors.put(field, "too-long");
            return;
        }
        try {
            PlatformRef.parse(value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "invalid-ref");
        }
    }
}
