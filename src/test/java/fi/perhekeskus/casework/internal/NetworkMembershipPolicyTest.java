package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Verkostossa ei ole vapaamatkustajia": the rule on its own, without a database. */
class NetworkMembershipPolicyTest {

    private static final UUID RESPONSIBLE = UUID.randomUUID();
    private static final List<NetworkMember> NETWORK = List.of(
            member(MemberRole.RESPONSIBLE_WORKER, false, RESPONSIBLE),
            member(MemberRole.CLOSE_WORKER, true, UUID.randomUUID()));

    private static NetworkMember member(MemberRole role, boolean coordinating, UUID user) {
        return new NetworkMember(UUID.randomUUID(), role, coordinating, user, null, "Nimi", null, "Org", "SOCIAL_CARE",
                null, null, "Tehtävä", false, Instant.now(), null, true);
    }

    private static NetworkMembershipPolicy.Candidate candidate(MemberRole role, String task, UUID user, Set<Role> roles) {
        return new NetworkMembershipPolicy.Candidate(role, false, user, null, "Uusi", task, false, roles);
    }

    private static String check(NetworkMembershipPolicy.Candidate c, CaseMode mode) {
        return NetworkMembershipPolicy.check(c, mode, NETWORK)
                .map(r -> r.messageKey() + (r.conflict() ? " 409" : " 422")).orElse("ok");
    }

    @Test
    void aMemberHasARoleAndAConcreteTask() {
        UUID user = UUID.randomUUID();
        assertThat(check(candidate(null, "Tukee", user, Set.of()), CaseMode.NETWORK)).isEqualTo("casework.network.error.role 422");
        assertThat(check(candidate(MemberRole.CLOSE_WORKER, " ", user, Set.of()), CaseMode.NETWORK))
                .isEqualTo("casework.network.error.task 422");
        assertThat(check(candidate(MemberRole.CLOSE_WORKER, "Tukee arjessa", user, Set.of()), CaseMode.NETWORK)).isEqualTo("ok");
    }

    @Test
    void aPersonIsInTheNetworkOnceAndThereIsOneResponsibleWorker() {
        assertThat(check(candidate(MemberRole.NETWORK_MEMBER, "Tukee", RESPONSIBLE, Set.of()), CaseMode.NETWORK))
                .isEqualTo("casework.network.error.alreadyMember 409");
        assertThat(check(candidate(MemberRole.RESPONSIBLE_WORKER, "Koordinoi", UUID.randomUUID(),
                Set.of(Role.RESPONSIBLE_WORKER)), CaseMode.NETWORK)).isEqualTo("casework.network.error.oneResponsible 409");
        assertThat(check(candidate(MemberRole.RESPONSIBLE_WORKER, "Koordinoi", UUID.randomUUID(),
                Set.of(Role.CLOSE_WORKER)), CaseMode.NETWORK)).isEqualTo("casework.network.error.responsibleNeedsRole 422");
        assertThat(check(candidate(MemberRole.RESPONSIBLE_WORKER, "Koordinoi", UUID.randomUUID(),
                Set.of(Role.RESPONSIBLE_WORKER)), CaseMode.FAMILY_COORDINATED))
                .isEqualTo("casework.network.error.noResponsibleInFamilyMode 422");
    }

    @Test
    void theCoordinatingCloseWorkerIsACloseWorkerAndThereIsOne() {
        var notClose = new NetworkMembershipPolicy.Candidate(MemberRole.NETWORK_MEMBER, true, UUID.randomUUID(), null,
                "Uusi", "Tukee", false, Set.of());
        assertThat(check(notClose, CaseMode.NETWORK)).isEqualTo("casework.network.error.coordinatingCloseWorker 422");
        var second = new NetworkMembershipPolicy.Candidate(MemberRole.CLOSE_WORKER, true, UUID.randomUUID(), null,
                "Uusi", "Tukee", false, Set.of());
        assertThat(check(second, CaseMode.NETWORK)).isEqualTo("casework.network.error.oneCoordinating 409");
        assertThat(NetworkMembershipPolicy.checkCoordinating(member(MemberRole.NETWORK_MEMBER, false, null))).isPresent();
        assertThat(NetworkMembershipPolicy.checkCoordinating(member(MemberRole.CLOSE_WORKER, false, null))).isEmpty();
    }

    @Test
    void theFamilysOwnCircleHasItsOwnRoleOnly() {
        var grandma = new NetworkMembershipPolicy.Candidate(MemberRole.OWN_CIRCLE, false, null, null, "Mummo",
                "Hakee päiväkodista", true, Set.of());
        assertThat(check(grandma, CaseMode.NETWORK)).isEqualTo("ok");
        var grandmaAsWorker = new NetworkMembershipPolicy.Candidate(MemberRole.CLOSE_WORKER, false, null, null, "Mummo",
                "Hakee päiväkodista", true, Set.of());
        assertThat(check(grandmaAsWorker, CaseMode.NETWORK)).isEqualTo("casework.network.error.circleRole 422");
        assertThat(check(candidate(MemberRole.OWN_CIRCLE, "Tukee", UUID.randomUUID(), Set.of()), CaseMode.NETWORK))
                .isEqualTo("casework.network.error.circleOnlyFamily 422");
    }

    @Test
    void theResponsibleWorkerAndTheCoordinatorHandOverBeforeLeaving() {
        assertThat(NetworkMembershipPolicy.checkEnd(NETWORK.get(0), "Lähtee")).get()
                .extracting(NetworkMembershipPolicy.Rejection::messageKey).isEqualTo("casework.network.error.handOverFirst");
        assertThat(NetworkMembershipPolicy.checkEnd(NETWORK.get(1), "Lähtee")).isPresent();
        assertThat(NetworkMembershipPolicy.checkEnd(member(MemberRole.NETWORK_MEMBER, false, null), " ")).get()
                .extracting(NetworkMembershipPolicy.Rejection::messageKey).isEqualTo("casework.network.error.reason");
        assertThat(NetworkMembershipPolicy.checkHandOver(member(MemberRole.NETWORK_MEMBER, false, UUID.randomUUID()),
                Set.of(Role.CLOSE_WORKER), CaseMode.NETWORK)).isPresent();
        assertThat(NetworkMembershipPolicy.checkHandOver(member(MemberRole.NETWORK_MEMBER, false, UUID.randomUUID()),
                Set.of(Role.RESPONSIBLE_WORKER), CaseMode.NETWORK)).isEmpty();
    }
}
