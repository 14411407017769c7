package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Organisations as CSV that Danish Excel opens as it is: UTF-8 with a byte order mark, semicolon
 * separated, one row per organisation, kinds and statuses in words. A text cell a spreadsheet would
 * take for a formula (beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) gets a single quote in front (OWASP's advice against CSV injection); numbers stay numbers.
 */
final class MembersCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final String[] HEADER_DA = {
        "Navn",
        "CVR",
        "EAN/GLN",
        "Type",
        "Kommunekode",
        "Region",
        "Indbyggere",
        "Størrelse",
        "Medlemskab",
        "Indmeldt",
        "Stemmeret"
    };
    private static final String[] HEADER_EN = {
        "Name",
        "CVR",
        "EAN/GLN",
        "Kind",
        "Municipality code",
        "Region",
        "Inhabitants",
        "Size",
        "Membership",
        "Joined",
        "Voting right"
    };

    private MembersCsv() {}

    /** @return the organisations in the order given, with the byte order mark first */
    static String write(List<Organisation> organisations, boolean english) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader(english ? HEADER_EN : HEADER_DA)
                        .setRecordSeparator("\r\n")
                        .get())) {
            for (Organisation o : organisations) {
                csv.printRecord(
                        text(o.name()),
                        text(o.cvr()),
                        text(o.ean()),
                        kind(o.kind(), english),
                        o.municipalityCode(),
                        text(o.region()),
                        o.population(),
                        o.sizeTier() == null ? null : tier(o.sizeTier(), english),
                        o.membership() == null
                                ? (english ? "No membership" : "Intet medlemskab")
                                : status(o.membership().status(), english),
                        o.membership() == null ? null : o.membership().joined(),
                        o.hasVotingRight() ? (english ? "Yes" : "Ja") : (english ? "No" : "Nej"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @return the text, neutralised when a spreadsheet would run it as a formula; null stays null */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    static String kind(OrganisationKind kind, boolean english) {
        return switch (kind) {
            case MUNICIPALITY -> english ? "Municipality" : "Kommune";
            case REGION -> "Region";
            case STATE -> english ? "State body" : "Statslig";
            case OTHER_PUBLIC -> english ? "Other public body" : "Anden offentlig";
            case SUPPLIER_PARTNER -> english ? "Supplier partner" : "Leverandørpartner";
        };
    }

    static String status(MembershipStatus status, boolean english) {
        return switch (status) {
            case ACTIVE -> english ? "Active" : "Aktiv";
            case SUSPENDED -> english ? "Suspended" : "Suspenderet";
            case WITHDRAWN -> english ? "Withdrawn" : "Udtrådt";
        };
    }

    static String tier(SizeTier tier, boolean english) {
        return switch (tier) {
            case SMALL -> english ? "Small" : "Lille";
            case MEDIUM -> english ? "Medium" : "Mellem";
            case LARGE -> english ? "Large" : "Stor";
            case VERY_LARGE -> english ? "Very large" : "Meget stor";
        };
    }
}
