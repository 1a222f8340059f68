package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.casework.CaseId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A confirmed joint record and the plan it made, inserted with SQL as a test needs it (the record is
 * inserted CONFIRMED directly; the immutability trigger guards only UPDATE and DELETE).
 */
final class PlanFixture {

    private final JdbcClient jdbc;

    PlanFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plan version 1 with the goals given and the follow-up date in force; returns the goal keys. */
    List<UUID> confirmedPlan(CaseId caseId, LocalDate followUp, String... goals) {
        UUID record = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO joint_record (id, case_id, status, child_summary, follow_up_on, confirmed_at)
                VALUES (:id, :c, 'CONFIRMED', 'Lapsi haluaa leikkiä enemmän.', :f, now())""")
                .param("id", record).param("c", caseId.value()).param("f", followUp).update();
        jdbc.sql("INSERT INTO joint_plan_version (id, case_id, version_no, record_id, follow_up_on) VALUES (:id, :c, 1, :r, :f)")
                .param("id", UUID.randomUUID()).param("c", caseId.value()).param("r", record).param("f", followUp).update();
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < goals.length; i++) {
            UUID key = UUID.randomUUID();
            jdbc.sql("INSERT INTO joint_record_goal (id, record_id, position, text, goal_key) VALUES (:id, :r, :p, :t, :g)")
                    .param("id", UUID.randomUUID()).param("r", record).param("p", i).param("t", goals[i]).param("g", key).update();
            jdbc.sql("INSERT INTO plan_goal (goal_key, case_id, text, position, plan_version) VALUES (:g, :c, :t, :p, 1)")
                    .param("g", key).param("c", caseId.value()).param("t", goals[i]).param("p", i).update();
            keys.add(key);
        }
        jdbc.sql("UPDATE client_case SET follow_up_on = :f WHERE id = :c").param("f", followUp).param("c", caseId.value()).update();
        return keys;
    }

    /** An open action of the plan owned by a member. */
    UUID action(CaseId caseId, UUID goalKey, String text, UUID ownerMember, LocalDate dueOn) {
        UUID key = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO plan_action (action_key, case_id, goal_key, text, owner_member_id, due_on, plan_version)
                VALUES (:k, :c, :g, :t, :m, :d, 1)""")
                .param("k", key).param("c", caseId.value()).param("g", goalKey).param("t", text).param("m", ownerMember)
                .param("d", dueOn).update();
        return key;
    }
}
