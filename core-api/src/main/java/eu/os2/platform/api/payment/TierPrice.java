package eu.os2.platform.api.payment;

import eu.os2.platform.api.money.Money;
import java.util.Objects;

/**
 * A product's prices for one size tier.
 *
 * @param memberFee the yearly fee (vederlag) for a member of OS2
 * @param nonMemberFee the yearly fee for an organisation that is not a member
 * @param joiningFee the one-off joining fee (tilslutningsafgift), charged in the year a subscription starts
 * @since 0.1.0
 */
public record TierPrice(Money memberFee, Money nonMemberFee, Money joiningFee) {

    /** @throws NullPointerException if an amount is null */
    public TierPrice {
        Objects.requireNonNull(memberFee, "memberFee");
        Objects.requireNonNull(nonMemberFee, "nonMemberFee");
        Objects.requireNonNull(joiningFee, "joiningFee");
    }
}
