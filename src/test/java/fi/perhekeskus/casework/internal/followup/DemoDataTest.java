package fi.perhekeskus.casework.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.casework.internal.CaseStage;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo families: every stage, each demo professional sees a different set of families, vanhempi one, vieras none. */
@PerhekeskusTest
class DemoDataTest {

    @Autowired JdbcClient jdbc;
    @Autowired CaseworkDemoData demo;

    private final List<UUID> demoCases = CaseworkDemoData.FAMILY_KEYS.stream().map(CaseworkDemoData::caseId).toList();

    private UUID user(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    private Set<UUID> visibleTo(String username) {
        return new HashSet<>(jdbc.sql("SELECT k.id FROM client_case k WHERE k.id IN (:ids) AND EXISTS ("
                        + CaseRules.forColumn(CaseRules.MEMBER_WITH_BASIS, "k.id") + ")")
                .param("ids", demoCases).param("userId", user(username)).query(UUID.class).list());
    }

    @Test
    void twelveFamiliesInEveryStageWithAFamilyCoordinatedOneAndOneFromClientGuidance() {
        assertThat(jdbc.sql("SELECT count(*) FROM client_case WHERE id IN (:ids)").param("ids", demoCases)
                .query(Integer.class).single()).isGreaterThanOrEqualTo(12);
        List<String> stages = jdbc.sql("SELECT " + CaseStage.SQL + " FROM client_case k WHERE k.id IN (:ids)")
                .param("ids", demoCases).query(String.class).list();
        assertThat(stages).contains("NEW", "NETWORK_ASSEMBLED", "MEETING_HELD", "FOLLOW_UP_DUE", "CLOSED");
        assertThat(jdbc.sql("SELECT mode FROM client_case WHERE id IN (:ids)").param("ids", demoCases).query(String.class)
                .list()).contains("FAMILY_COORDINATED");
        assertThat(jdbc.sql("SELECT basis FROM client_case WHERE id IN (:ids)").param("ids", demoCases).query(String.class)
                .list()).contains("CLIENT_GUIDANCE");
        // Confirmed records carry the child's own summary and goals and actions with one owner each.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM joint_record r WHERE r.case_id IN (:ids) AND r.status = 'CONFIRMED'
                    AND r.child_summary IS NOT NULL
                    AND EXISTS (SELECT 1 FROM joint_record_goal g WHERE g.record_id = r.id)
                    AND EXISTS (SELECT 1 FROM joint_record_action a WHERE a.record_id = r.id)""")
                .param("ids", demoCases).query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void vanhempiIsAGuardianInExactlyOneFamilyWithAPlanAMeetingAheadAndConsentsAndVierasInNone() {
        UUID vanhempi = user("vanhempi");
        List<UUID> families = jdbc.sql("SELECT case_id FROM case_person WHERE user_id = :u AND kind = 'GUARDIAN'")
                .param("u", vanhempi).query(UUID.class).list();
        assertThat(families).containsExactly(CaseworkDemoData.caseId("vanhempi"));
        UUID family = families.getFirst();
        assertThat(jdbc.sql("SELECT count(*) FROM joint_plan_version WHERE case_id = :c").param("c", family)
                .query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM case_meeting WHERE case_id = :c AND status = 'PLANNED' AND starts_at > now()")
                .param("c", family).query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM case_consent WHERE case_id = :c AND withdrawn_at IS NULL")
                .param("c", family).query(Integer.class).single()).isGreaterThanOrEqualTo(2);

        UUID vieras = user("vieras");
        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM case_member WHERE user_id = :u) + (SELECT count(*) FROM case_person WHERE user_id = :u)""")
                .param("u", vieras).query(Integer.class).single()).isZero();
        assertThat(visibleTo("vieras")).isEmpty();
    }

    @Test
    void theDemoProfessionalsEachSeeADifferentSetOfFamilies() {
        Set<UUID> omatyontekija = visibleTo("omatyontekija");
        Set<UUID> lahityontekija = visibleTo("lahityontekija");
        Set<UUID> avainhenkilo = visibleTo("avainhenkilo");
        assertThat(omatyontekija).isNotEmpty();
        assertThat(lahityontekija).isNotEmpty();
        assertThat(avainhenkilo).isNotEmpty();
        assertThat(omatyontekija).isNotEqualTo(lahityontekija).isNotEqualTo(avainhenkilo);
        assertThat(lahityontekija).isNotEqualTo(avainhenkilo);
        // omatyontekija is the responsible worker in most families.
        assertThat(omatyontekija.size()).isGreaterThan(demoCases.size() / 2);
        // lahityontekija is in Mäkelä's network without the family's consent: shown, but without a basis.
        assertThat(lahityontekija).doesNotContain(CaseworkDemoData.caseId("makela"));
    }

    @Test
    void loadingAgainChangesNothing() {
        String counts = """
                SELECT (SELECT count(*) FROM case_member WHERE case_id IN (:ids)) || '/'
                    || (SELECT count(*) FROM plan_action WHERE case_id IN (:ids)) || '/'
                    || (SELECT count(*) FROM case_consent WHERE case_id IN (:ids))""";
        String before = jdbc.sql(counts).param("ids", demoCases).query(String.class).single();
        demo.load();
        assertThat(jdbc.sql(counts).param("ids", demoCases).query(String.class).single()).isEqualTo(before);
    }
}
