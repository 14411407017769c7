package eu.os2.platform.api.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static Organisation organisation(OrganisationKind kind, MembershipStatus status) {
        Membership membership = status == null ? null : new Membership(LocalDate.of(2020, 1, 1), status);
        return new Organisation(1, "29189374", null, "X", kind, null, null, null, null, membership, 0);
    }

    @Test
    void onlyActivePublicMembersVote() {
        assertThat(organisation(OrganisationKind.MUNICIPALITY, MembershipStatus.ACTIVE)
                        .hasVotingRight())
                .isTrue();
        assertThat(organisation(OrganisationKind.REGION, MembershipStatus.ACTIVE)
                        .hasVotingRight())
                .isTrue();
        assertThat(organisation(OrganisationKind.MUNICIPALITY, MembershipStatus.SUSPENDED)
                        .hasVotingRight())
                .isFalse();
        assertThat(organisation(OrganisationKind.MUNICIPALITY, MembershipStatus.WITHDRAWN)
                        .hasVotingRight())
                .isFalse();
        assertThat(organisation(OrganisationKind.MUNICIPALITY, null).hasVotingRight())
                .isFalse();
        assertThat(organisation(OrganisationKind.SUPPLIER_PARTNER, MembershipStatus.ACTIVE)
                        .hasVotingRight())
                .isFalse();
    }
}
