package fi.perhekeskus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A confirmed joint plan and a planned meeting for a fixture case, inserted with SQL (the meeting and
 * record pages are another part's; the family's view and the API only read them).
 */
public final class FamilyFixtures {

    private final JdbcClient jdbc;

    public FamilyFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Plan(UUID recordId, UUID goalKey, UUID actionKey) {}

    /** A planned meeting {@code days} from now, one hour, at a place and with a video link. */
    public UUID meeting(CaseId caseId, int days, String place) {
        UUID id = UUID.randomUUID();
        Instant start = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        jdbc.sql("""
                INSERT INTO case_meeting (id, case_id, starts_at, ends_at, place, video_link)
                VALUES (:id, :c, :s, :e, :p, 'https://video.example.fi/perhe')""")
                .param("id", id).param("c", caseId.value()).param("s", java.sql.Timestamp.from(start))
                .param("e", java.sql.Timestamp.from(start.plus(1, ChronoUnit.HOURS))).param("p", place).update();
        return id;
    }

    /** A confirmed record (optionally hidden from guardians) making plan version 1 with one goal and one action. */
    public Plan confirmedPlan(CaseId caseId, UUID ownerMemberId, String goal, String action, boolean hidden) {
        UUID record = UUID.randomUUID();
        UUID goalKey = UUID.randomUUID();
        UUID actionKey = UUID.randomUUID();
        LocalDate followUp = LocalDate.now().plusDays(60);
        LocalDate due = LocalDate.now().plusDays(30);
        jdbc.sql("""
                INSERT INTO joint_record (id, case_id, status, child_view, follow_up_on, hidden_from_guardians, confirmed_at)
                VALUES (:id, :c, 'CONFIRMED', 'Lapsen oma näkemys', :f, :h, now())""")
                .param("id", record).param("c", caseId.value()).param("f", followUp).param("h", hidden).update();
        jdbc.sql("INSERT INTO joint_record_goal (id, record_id, position, text, goal_key) VALUES (:id, :r, 0, :t, :k)")
                .param("id", UUID.randomUUID()).param("r", record).param("t", goal).param("k", goalKey).update();
        jdbc.sql("""
                INSERT INTO joint_record_action (id, record_id, position, goal_key, text, owner_member_id, due_on, action_key)
                VALUES (:id, :r, 0, :g, :t, :m, :d, :k)""")
                .param("id", UUID.randomUUID()).param("r", record).param("g", goalKey).param("t", action)
                .param("m", ownerMemberId).param("d", due).param("k", actionKey).update();
        jdbc.sql("""
                INSERT INTO joint_plan_version (id, case_id, version_no, record_id, follow_up_on)
                VALUES (:id, :c, 1, :r, :f)""")
                .param("id", UUID.randomUUID()).param("c", caseId.value()).param("r", record).param("f", followUp).update();
        jdbc.sql("INSERT INTO plan_goal (goal_key, case_id, text, position, plan_version) VALUES (:k, :c, :t, 0, 1)")
                .param("k", goalKey).param("c", caseId.value()).param("t", goal).update();
        jdbc.sql("""
                INSERT INTO plan_action (action_key, case_id, goal_key, text, owner_member_id, due_on, plan_version)
                VALUES (:k, :c, :g, :t, :m, :d, 1)""")
                .param("k", actionKey).param("c", caseId.value()).param("g", goalKey).param("t", action)
                .param("m", ownerMemberId).param("d", due).update();
        jdbc.sql("UPDATE client_case SET follow_up_on = :f WHERE id = :c").param("f", followUp).param("c", caseId.value())
                .update();
        return new Plan(record, goalKey, actionKey);
    }

    /** A view of the family's written by a professional on the child's wish, hidden from guardians. */
    public void hiddenView(CaseId caseId, String text) {
        jdbc.sql("""
                INSERT INTO family_view (id, case_id, author_name, from_child, text, hidden_from_guardians)
                VALUES (:id, :c, 'Lapsi', true, :t, true)""")
                .param("id", UUID.randomUUID()).param("c", caseId.value()).param("t", text).update();
    }
}
