package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemGroupsTest {

    private static final String NO_INDEX = "Indekstal for 2027 mangler (kontingentet reguleres efter indeks).";

    private static Reports.MemberCharge member(String name, boolean issued, String... problems) {
        return new Reports.MemberCharge(
                name.length(), name, List.of(), Money.ZERO, Money.ZERO, issued, List.of(), List.of(problems));
    }

    @Test
    void aMissingIndexSharedBy75OrganisationsIsOneGroupCountingThem() {
        List<Reports.MemberCharge> members = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            members.add(member("Kommune " + i, false, NO_INDEX));
        }
        members.add(member("Leverandør", false, "Leverandør mangler faktureringsoplysninger.", NO_INDEX));
        members.add(member("Allerede faktureret", true, NO_INDEX));

        List<ProblemGroups.Group> groups = ProblemGroups.of(members);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).problem()).isEqualTo(NO_INDEX);
        // the organisation already invoiced is not stopped by anything
        assertThat(groups.get(0).organisations()).isEqualTo(76);
        assertThat(groups.get(0).names()).contains("Kommune 0", "Leverandør").doesNotContain("Allerede faktureret");
        assertThat(groups.get(1).organisations()).isEqualTo(1);
    }

    @Test
    void noProblemsNoGroups() {
        assertThat(ProblemGroups.of(List.of(member("Kommune", false)))).isEmpty();
    }
}
