package eu.os2.platform.api.payment;

import eu.os2.platform.api.money.Money;

/**
 * A product's prices for one size tier. In a {@link TariffChange} a missing amount is a field error
 * ({@code required}); a stored version always has all three.
 *
 * @param memberFee the yearly fee (vederlag) for a member of OS2
 * @param nonMemberFee the yearly fee for an organisation that is not a member
 * @param joiningFee the one-off joining fee (tilslutningsafgift), charged in the year a subscription starts
 * @since 0.1.0
 */
public record TierPrice(Money memberFee, Money nonMemberFee, Money joiningFee) {}
