package eu.os2.platform.core.internal.demo;

import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.core.internal.demo.MunicipalityCsv.Municipality;
import eu.os2.platform.core.internal.member.Identifiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo member directory: all 98 municipalities (about 70 of them members, always including
 * OS2's founders and the organisations seen on its board), SKI, KOMBIT, a region and ten supplier
 * partners. Identifiers are synthetic but valid (CVR modulus 11, GS1 check digit); joined dates are
 * spread deterministically so that every run produces the same directory.
 */
public final class DemoDirectory {

    /** OS2's founders (statutes). */
    public static final Set<String> FOUNDERS = Set.of("Ballerup", "Syddjurs", "Sønderborg", "Ishøj", "København");

    /** Organisations seen on OS2's board. */
    public static final Set<String> BOARD = Set.of("Aarhus", "Vallensbæk", "Favrskov", "Ballerup", "Middelfart");

    static final List<String> SUPPLIERS = List.of(
            "Nordlys Software ApS",
            "Kildekode Kollektivet A/S",
            "Fjordbyg IT ApS",
            "Åben Forvaltning ApS",
            "Digital Kommunedrift A/S",
            "Lindholm Data ApS",
            "Borgerservice Systemer A/S",
            "Vestkyst Udvikling ApS",
            "Fællesskabets Kode ApS",
            "Dataværket Danmark A/S");

    private DemoDirectory() {}

    /** @return every demo organisation */
    public static List<OrganisationChange> organisations(List<Municipality> municipalities) {
        List<OrganisationChange> result = new ArrayList<>();
        int index = 0;
        for (Municipality m : municipalities) {
            boolean founder = FOUNDERS.contains(m.name());
            boolean member = founder || BOARD.contains(m.name()) || index % 7 != 2 && index % 7 != 5;
            LocalDate joined = null;
            MembershipStatus status = null;
            if (member) {
                joined = founder
                        ? LocalDate.of(2012, 1, 1)
                        : LocalDate.of(2013 + index % 11, 1 + (index * 5) % 12, 1 + index % 28);
                status = index == 41
                        ? MembershipStatus.WITHDRAWN
                        : index == 62 ? MembershipStatus.SUSPENDED : MembershipStatus.ACTIVE;
            }
            result.add(new OrganisationChange(
                    cvr(10_000 + m.code()),
                    ean(m.code()),
                    m.name() + " Kommune",
                    OrganisationKind.MUNICIPALITY,
                    m.code(),
                    m.region(),
                    m.inhabitants(),
                    null,
                    joined,
                    status));
            index++;
        }
        result.add(new OrganisationChange(
                cvr(20_001),
                ean(2001),
                "Statens og Kommunernes Indkøbsservice (SKI)",
                OrganisationKind.OTHER_PUBLIC,
                null,
                "Region Hovedstaden",
                null,
                SizeTier.LARGE,
                LocalDate.of(2016, 3, 1),
                MembershipStatus.ACTIVE));
        result.add(new OrganisationChange(
                cvr(20_002),
                ean(2002),
                "KOMBIT A/S",
                OrganisationKind.OTHER_PUBLIC,
                null,
                "Region Hovedstaden",
                null,
                SizeTier.LARGE,
                null,
                null));
        result.add(new OrganisationChange(
                cvr(20_003),
                ean(2003),
                "Region Midtjylland",
                OrganisationKind.REGION,
                null,
                "Region Midtjylland",
                1_332_048L,
                null,
                LocalDate.of(2019, 9, 1),
                MembershipStatus.ACTIVE));
        for (int i = 0; i < SUPPLIERS.size(); i++) {
            result.add(new OrganisationChange(
                    cvr(30_000 + i),
                    null,
                    SUPPLIERS.get(i),
                    OrganisationKind.SUPPLIER_PARTNER,
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2015 + i, 2 + i, 1),
                    MembershipStatus.ACTIVE));
        }
        return result;
    }

    /** @return a valid, synthetic CVR number derived from the seed */
    static String cvr(int seed) {
        for (int attempt = 0; ; attempt++) {
            String cvr = Identifiers.completeCvr(
                    String.format("%07d", 2_900_000 + seed * 7 + attempt * 3_000_000 % 9_000_000));
            if (cvr != null) {
                return cvr;
            }
        }
    }

    /** @return a valid, synthetic EAN/GLN in the Danish public range 5798 */
    static String ean(int seed) {
        String twelve = String.format("5798000%05d", seed);
        return twelve + Identifiers.gs1CheckDigit(twelve);
    }
}
