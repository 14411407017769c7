package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an issued invoice or credit note as an electronic invoice in one of the two formats Danish
 * public buyers accept: OIOUBL 2.1 (NemHandel) and Peppol BIS Billing 3 (UBL 2.1, EN 16931). The
 * buyer is addressed by its EAN/GLN; the order number and the person reference are carried; all
 * amounts have two decimals and the lines add up exactly to the totals. A credit note is written
 * as a {@code CreditNote} with positive amounts that reference the invoice it credits.
 *
 * <p>Past 400 lines on purpose: the two syntaxes share every element but a handful, and writing
 * them side by side in one class is what keeps them in step with the two schematrons.
 */
public final class EInvoice {

    /** The formats. */
    public enum Format {
        OIOUBL,
        PEPPOL
    }

    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CURRENCY = "DKK";

    private final Seller seller;

    /** @param seller OS2's identity */
    public EInvoice(Seller seller) {
        this.seller = seller;
    }

    /**
     * @param invoice the invoice or credit note
     * @param creditedNumber for a credit note, the number of the invoice it credits; else ignored
     * @param format the format
     * @return the document as UTF-8 XML text
     */
    public String write(Invoice invoice, long creditedNumber, Format format) {
        if (invoice.buyer().ean() == null || invoice.buyer().ean().isBlank()) {
            throw new IllegalStateException("invoice " + invoice.number() + " has no buyer EAN/GLN");
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new Document(xml, invoice, creditedNumber, format).write();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write e-invoice " + invoice.number(), e);
        }
        return out.toString();
    }

    /** @return the file name for a download, e.g. {@code os2-faktura-17-oioubl.xml} */
    public static String fileName(Invoice invoice, Format format) {
        String kind = invoice.kind() == InvoiceKind.CREDIT_NOTE ? "kreditnota" : "faktura";
        return "os2-" + kind + "-" + invoice.number() + "-" + format.name().toLowerCase(Locale.ROOT) + ".xml";
    }

    /** @return a UUID that is the same every time the same document is written */
    static String uuid(Invoice invoice) {
        return UUID.nameUUIDFromBytes(
                        ("os2-platform/" + invoice.kind() + "/" + invoice.number()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private final class Document {
        private final XMLStreamWriter x;
        private final Invoice inv;
        private final boolean oio;
        private final boolean credit;
        private final int sign;
        private final long creditedNumber;

        Document(XMLStreamWriter x, Invoice inv, long creditedNumber, Format format) {
            this.x = x;
            this.creditedNumber = creditedNumber;
            this.inv = inv;
            this.oio = format == Format.OIOUBL;
            this.credit = inv.kind() == InvoiceKind.CREDIT_NOTE;
            this.sign = credit ? -1 : 1;
        }

        void write() throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            String root = credit ? "CreditNote" : "Invoice";
            x.writeStartElement("", root, credit ? CREDIT_NOTE_NS : INVOICE_NS);
            x.writeDefaultNamespace(credit ? CREDIT_NOTE_NS : INVOICE_NS);
            x.writeNamespace("cac", CAC);
            x.writeNamespace("cbc", CBC);
            if (oio) {
                cbc("UBLVersionID", "2.1");
                cbc("CustomizationID", "OIOUBL-2.1");
                cbcAttr(
                        "ProfileID",
                        "Procurement-BilSim-1.0",
                        "schemeAgencyID",
                        "320",
                        "schemeID",
                        "urn:oioubl:id:profileid-1.6");
            } else {
                cbc("CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
                cbc("ProfileID", "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
            }
            cbc("ID", Long.toString(inv.number()));
            if (oio) {
                cbc("UUID", uuid(inv));
            }
            cbc("IssueDate", inv.issueDate().toString());
            if (!credit && !oio) {
                cbc("DueDate", inv.dueDate().toString());
            }
            if (credit) {
                if (!oio) {
                    cbc("CreditNoteTypeCode", "381");
                }
            } else if (oio) {
                cbcAttr(
                        "InvoiceTypeCode",
                        "380",
                        "listAgencyID",
                        "320",
                        "listID",
                        "urn:oioubl:codelist:invoicetypecode-1.2");
            } else {
                cbc("InvoiceTypeCode", "380");
            }
            if (inv.note() != null && !inv.note().isBlank()) {
                cbc("Note", inv.note());
            }
            cbc("DocumentCurrencyCode", CURRENCY);
            if (!oio) {
                cbc("BuyerReference", inv.buyer().personReference());
            }
            start("OrderReference");
            cbc("ID", inv.buyer().orderReference());
            end();
            if (credit) {
                start("BillingReference");
                start("InvoiceDocumentReference");
                cbc("ID", Long.toString(creditedNumber));
                end();
                end();
            }
            supplier();
            customer();
            if (!credit) {
                paymentMeans();
            }
            paymentTerms();
            taxTotal(inv.vat(), inv.lineTotal());
            start("LegalMonetaryTotal");
            amount("LineExtensionAmount", inv.lineTotal());
            // OIOUBL's TaxExclusiveAmount is the tax itself; EN 16931's is the total without tax
            amount("TaxExclusiveAmount", oio ? inv.vat() : inv.lineTotal());
            amount("TaxInclusiveAmount", inv.total());
            amount("PayableAmount", inv.total());
            end();
            for (InvoiceLine line : inv.lines()) {
                line(line);
            }
            x.writeEndElement();
            x.writeEndDocument();
        }

        private void supplier() throws XMLStreamException {
            start("AccountingSupplierParty");
            start("Party");
            endpoint(seller.ean());
            if (oio) {
                start("PartyIdentification");
                cbcAttr("ID", "DK" + seller.cvr(), "schemeID", "DK:CVR");
                end();
            }
            start("PartyName");
            cbc("Name", seller.name());
            end();
            address(seller.street(), seller.buildingNumber(), seller.postcode(), seller.city());
            start("PartyTaxScheme");
            if (oio) {
                cbcAttr("CompanyID", "DK" + seller.cvr(), "schemeID", "DK:SE");
            } else {
                cbc("CompanyID", "DK" + seller.cvr());
            }
            taxScheme();
            end();
            start("PartyLegalEntity");
            cbc("RegistrationName", seller.name());
            if (oio) {
                cbcAttr("CompanyID", "DK" + seller.cvr(), "schemeID", "DK:CVR");
            } else {
                cbcAttr("CompanyID", seller.cvr(), "schemeID", "0184");
            }
            end();
            end();
            end();
        }

        private void customer() throws XMLStreamException {
            start("AccountingCustomerParty");
            start("Party");
            endpoint(inv.buyer().ean());
            if (oio) {
                start("PartyIdentification");
                cbcAttr("ID", "DK" + inv.buyer().cvr(), "schemeID", "DK:CVR");
                end();
            }
            start("PartyName");
            cbc("Name", inv.buyer().name());
            end();
            String[] street = Streets.split(inv.buyer().street());
            address(street[0], street[1], inv.buyer().postcode(), inv.buyer().city());
            start("PartyLegalEntity");
            cbc("RegistrationName", inv.buyer().name());
            if (oio) {
                cbcAttr("CompanyID", "DK" + inv.buyer().cvr(), "schemeID", "DK:CVR");
            } else {
                cbcAttr("CompanyID", inv.buyer().cvr(), "schemeID", "0184");
            }
            end();
            start("Contact");
            cbc("ID", inv.buyer().personReference());
            cbc("Name", inv.buyer().personReference());
            end();
            end();
            end();
        }

        private void endpoint(String ean) throws XMLStreamException {
            if (oio) {
                cbcAttr("EndpointID", ean, "schemeAgencyID", "9", "schemeID", "GLN");
            } else {
                cbcAttr("EndpointID", ean, "schemeID", "0088");
            }
        }

        private void address(String street, String building, String postcode, String city) throws XMLStreamException {
            start("PostalAddress");
            if (oio) {
                cbcAttr(
                        "AddressFormatCode",
                        "StructuredDK",
                        "listAgencyID",
                        "320",
                        "listID",
                        "urn:oioubl:codelist:addressformatcode-1.1");
            }
            if (street != null && !street.isBlank()) {
                cbc("StreetName", street);
            }
            if (building != null && !building.isBlank()) {
                cbc("BuildingNumber", building);
            }
            if (city != null && !city.isBlank()) {
                cbc("CityName", city);
            }
            if (postcode != null && !postcode.isBlank()) {
                cbc("PostalZone", postcode);
            }
            start("Country");
            cbc("IdentificationCode", "DK");
            end();
            end();
        }

        private void taxScheme() throws XMLStreamException {
            start("TaxScheme");
            if (oio) {
                cbcAttr("ID", "63", "schemeAgencyID", "320", "schemeID", "urn:oioubl:id:taxschemeid-1.5");
                cbc("Name", "Moms");
            } else {
                cbc("ID", "VAT");
            }
            end();
        }

        private void paymentMeans() throws XMLStreamException {
            if (!seller.hasBankAccount()) {
                return;
            }
            start("PaymentMeans");
            if (oio) {
                cbc("ID", "1");
            }
            cbc("PaymentMeansCode", "42");
            if (oio) {
                cbc("PaymentDueDate", inv.dueDate().toString());
                cbcAttr(
                        "PaymentChannelCode",
                        "DK:BANK",
                        "listAgencyID",
                        "320",
                        "listID",
                        "urn:oioubl:codelist:paymentchannelcode-1.1");
            } else {
                cbc("PaymentID", Long.toString(inv.number()));
            }
            start("PayeeFinancialAccount");
            cbc("ID", seller.bankAccount());
            start("FinancialInstitutionBranch");
            cbc("ID", seller.bankRegNo());
            end();
            end();
            end();
        }

        private void paymentTerms() throws XMLStreamException {
            if (credit) {
                return;
            }
            start("PaymentTerms");
            cbc("Note", "Betales senest " + Danish.date(inv.dueDate()) + ". Opkrævning for " + inv.year() + ".");
            if (oio) {
                amount("Amount", inv.total());
            }
            end();
        }

        private void taxTotal(Money vat, Money base) throws XMLStreamException {
            start("TaxTotal");
            amount("TaxAmount", vat);
            start("TaxSubtotal");
            amount("TaxableAmount", base);
            amount("TaxAmount", vat);
            taxCategory();
            end();
            end();
        }

        private void taxCategory() throws XMLStreamException {
            start("TaxCategory");
            if (oio) {
                cbcAttr("ID", "StandardRated", "schemeAgencyID", "320", "schemeID", "urn:oioubl:id:taxcategoryid-1.1");
            } else {
                cbc("ID", "S");
            }
            cbc("Percent", percent());
            taxScheme();
            end();
        }

        private String percent() {
            return inv.vatRate().stripTrailingZeros().toPlainString();
        }

        private void line(InvoiceLine line) throws XMLStreamException {
            start(credit ? "CreditNoteLine" : "InvoiceLine");
            cbc("ID", Integer.toString(line.lineNo()));
            cbcAttr(credit ? "CreditedQuantity" : "InvoicedQuantity", "1", "unitCode", "EA");
            amount("LineExtensionAmount", line.amount());
            if (oio) {
                Money lineVat = Invoices.vat(line.amount(), inv.vatRate());
                start("TaxTotal");
                amount("TaxAmount", lineVat);
                start("TaxSubtotal");
                amount("TaxableAmount", line.amount());
                amount("TaxAmount", lineVat);
                taxCategory();
                end();
                end();
            }
            start("Item");
            cbc("Description", line.explanation());
            cbc("Name", line.description());
            start("SellersItemIdentification");
            cbc("ID", line.kind().name() + (line.product() == null ? "" : ":" + line.product()));
            end();
            if (!oio) {
                start("ClassifiedTaxCategory");
                cbc("ID", "S");
                cbc("Percent", percent());
                taxScheme();
                end();
            }
            end();
            start("Price");
            amount("PriceAmount", line.amount());
            cbcAttr("BaseQuantity", "1", "unitCode", "EA");
            end();
            end();
        }

        private void amount(String name, Money value) throws XMLStreamException {
            Money shown = sign < 0 ? value.negate() : value;
            cbcAttr(name, shown.toBigDecimal().setScale(2).toPlainString(), "currencyID", CURRENCY);
        }

        private void start(String name) throws XMLStreamException {
            x.writeStartElement("cac", name, CAC);
        }

        private void end() throws XMLStreamException {
            x.writeEndElement();
        }

        private void cbc(String name, String text) throws XMLStreamException {
            x.writeStartElement("cbc", name, CBC);
            x.writeCharacters(text == null ? "" : text);
            x.writeEndElement();
        }

        private void cbcAttr(String name, String text, String... attributes) throws XMLStreamException {
            x.writeStartElement("cbc", name, CBC);
            for (int i = 0; i < attributes.length; i += 2) {
                x.writeAttribute(attributes[i], attributes[i + 1]);
            }
            x.writeCharacters(text == null ? "" : text);
            x.writeEndElement();
        }
    }
}
