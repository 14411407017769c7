package eu.os2.platform.payments.internal.model;

/**
 * OS2's own invoicing identity, from configuration.
 *
 * @param name legal name
 * @param cvr CVR number, 8 digits
 * @param ean EAN/GLN, 13 digits
 * @param street street name
 * @param buildingNumber house number
 * @param postcode postcode
 * @param city town
 * @param bankRegNo bank registration number (4 digits), or blank when no bank account is printed
 * @param bankAccount bank account number, or blank
 */
public record Seller(
        String name,
        String cvr,
        String ean,
        String street,
        String buildingNumber,
        String postcode,
        String city,
        String bankRegNo,
        String bankAccount) {

    /** @return whether a bank account is configured */
    public boolean hasBankAccount() {
        return bankRegNo != null && !bankRegNo.isBlank() && bankAccount != null && !bankAccount.isBlank();
    }
}
