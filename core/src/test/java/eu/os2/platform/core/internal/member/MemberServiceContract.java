package eu.os2.platform.core.internal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberValidationException;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.TestDatabase;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

abstract class MemberServiceContract {

    /** @return a fresh database with core's schema */
    abstract DataSource newDatabase() throws Exception;

    private static final PlatformUser ANNA = new PlatformUser(1, "anna", "Anna", Set.of(Role.SECRETARIAT), null);

    private DataSource dataSource;
    private MemberServiceImpl members;
    private AuditLogImpl audit;
    private final List<Event> posted = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        dataSource = newDatabase();
        var clock = TestDatabase.clockAt("2026-11-27T10:00:00Z");
        audit = AuditLogImpl.over(dataSource, clock);
        EventAdmin events = new EventAdmin() {
            public void postEvent(Event event) {
                posted.add(event);
            }

            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        PlatformStorage storage = new PlatformStorage() {
            public DataSource dataSource() {
                return dataSource;
            }

            public DatabaseKind kind() {
                return DatabaseKind.H2;
            }

            public void migrate(Bundle bundle, String changelogPath) {}
        };
        members = new MemberServiceImpl(storage, audit, clock, events);
    }

    private static OrganisationChange ballerup(String name) {
        return new OrganisationChange(
                "41849983",
                null,
                name,
                OrganisationKind.MUNICIPALITY,
                151,
                "Region Hovedstaden",
                48_602L,
                null,
                LocalDate.of(2012, 1, 1),
                MembershipStatus.ACTIVE);
    }

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenIsNotStored() throws Exception {
        Organisation kept = members.create(ballerup("Ballerup Kommune"), ANNA);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            // the audit log cannot append: its lock row is gone
            statement.executeUpdate("DELETE FROM core_audit_lock");
        }
        assertThatThrownBy(() -> members.update(kept.id(), kept.version(), ballerup("Ballerup"), ANNA))
                .isInstanceOf(eu.os2.platform.api.storage.StorageException.class);
        assertThat(members.get(kept.id()).orElseThrow().name()).isEqualTo("Ballerup Kommune");
        assertThat(members.get(kept.id()).orElseThrow().version()).isEqualTo(kept.version());
    }

    @Test
    void createReadSearchAndAudit() {
        Organisation created = members.create(ballerup("Ballerup Kommune"), ANNA);
        assertThat(created.sizeTier()).isEqualTo(SizeTier.MEDIUM);
        assertThat(created.hasVotingRight()).isTrue();
        assertThat(members.get(created.id())).contains(created);
        assertThat(members.findByCvr("41849983")).contains(created);
        assertThat(members.search(new MemberQuery("ballerup", null, null, false, 0, 10))
                        .items())
                .containsExactly(created);
        assertThat(members.search(new MemberQuery("151", null, null, false, 0, 10))
                        .total())
                .isEqualTo(1);
        assertThat(members.search(new MemberQuery("%", null, null, false, 0, 10))
                        .total())
                .isZero();
        assertThat(members.search(new MemberQuery(null, OrganisationKind.REGION, null, false, 0, 10))
                        .total())
                .isZero();
        assertThat(members.votingMembers()).containsExactly(created);
        assertThat(audit.recent("organisation", Long.toString(created.id()), 5)).hasSize(1);
        assertThat(posted).extracting(Event::getTopic).containsExactly("eu/os2/platform/members/CREATED");
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        Organisation created = members.create(ballerup("Ballerup Kommune"), ANNA);
        Organisation updated = members.update(created.id(), created.version(), ballerup("Ballerup"), ANNA);
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.name()).isEqualTo("Ballerup");
        assertThatThrownBy(() -> members.update(created.id(), created.version(), ballerup("Stale"), ANNA))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(members.get(created.id()).orElseThrow().name()).isEqualTo("Ballerup");
        var history = audit.recent("organisation", Long.toString(created.id()), 5);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).before()).contains("Ballerup Kommune");
        assertThat(history.get(0).after()).contains("\"name\":\"Ballerup\"");
        assertThat(posted)
                .extracting(Event::getTopic)
                .containsExactly("eu/os2/platform/members/CREATED", "eu/os2/platform/members/UPDATED");
    }

    @Test
    void invalidChangesStoreNothing() {
        Organisation created = members.create(ballerup("Ballerup Kommune"), ANNA);
        OrganisationChange bad = new OrganisationChange(
                "41849984", null, "", OrganisationKind.MUNICIPALITY, 151, null, null, null, null, null);
        assertThatThrownBy(() -> members.update(created.id(), created.version(), bad, ANNA))
                .isInstanceOfSatisfying(
                        MemberValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("cvr", "name"));
        assertThat(members.get(created.id())).contains(created);
        assertThat(audit.verify().entriesChecked()).isEqualTo(1);
    }

    @Test
    void aTakenCvrOrMunicipalityIsAFieldError() {
        members.create(ballerup("Ballerup Kommune"), ANNA);
        assertThatThrownBy(() -> members.create(ballerup("Ballerup igen"), ANNA))
                .isInstanceOfSatisfying(
                        MemberValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("cvr"));
    }

    @Test
    void aTakenMunicipalityCodeIsReportedOnItsField() {
        members.create(ballerup("Ballerup Kommune"), ANNA);
        OrganisationChange sameCode = new OrganisationChange(
                "55133018", null, "Other", OrganisationKind.MUNICIPALITY, 151, null, null, null, null, null);
        assertThatThrownBy(() -> members.create(sameCode, ANNA))
                .isInstanceOfSatisfying(
                        MemberValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("municipalityCode", "taken"));
    }
}
