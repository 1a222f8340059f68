package fi.perhekeskus.casework.internal;

import fi.perhekeskus.casework.CaseId;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the current joint plan of a case. Callers check the action and audit the read. */
@Repository
public class PlanReader {

    private final JdbcClient jdbc;

    PlanReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public JointPlan current(CaseId id) {
        var head = jdbc.sql("""
                SELECT version_no, record_id, created_at, follow_up_on FROM joint_plan_version
                WHERE case_id = :id ORDER BY version_no DESC LIMIT 1""")
                .param("id", id.value())
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2, UUID.class), rs.getTimestamp(3),
                        CaseReader.date(rs, "follow_up_on")})
                .optional();
        if (head.isEmpty()) return new JointPlan(0, null, null, null, List.of(), List.of());
        Object[] h = head.get();
        // The case's follow-up date moves with evaluations; the plan version keeps the one agreed with it.
        var followUp = jdbc.sql("SELECT coalesce(follow_up_on, :agreed) FROM client_case WHERE id = :id")
                .param("id", id.value()).param("agreed", h[3]).query(java.time.LocalDate.class).single();
        var goals = jdbc.sql("SELECT goal_key, text, status FROM plan_goal WHERE case_id = :id ORDER BY position")
                .param("id", id.value())
                .query((rs, n) -> new JointPlan.Goal(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
        var actions = jdbc.sql("""
                SELECT a.action_key, a.goal_key, a.text, a.owner_member_id, a.owner_person_id,
                       coalesce(m.name, p.name) AS owner_name, m.role AS owner_role, m.user_id AS owner_user_id,
                       a.due_on, a.done_at
                FROM plan_action a LEFT JOIN case_member m ON m.id = a.owner_member_id
                LEFT JOIN case_person p ON p.id = a.owner_person_id
                WHERE a.case_id = :id ORDER BY a.done_at IS NOT NULL, a.due_on, a.text""")
                .param("id", id.value())
                .query((rs, n) -> {
                    Timestamp done = rs.getTimestamp("done_at");
                    return new JointPlan.Action(rs.getObject("action_key", UUID.class),
                            rs.getObject("goal_key", UUID.class), rs.getString("text"),
                            rs.getObject("owner_member_id", UUID.class), rs.getObject("owner_person_id", UUID.class),
                            rs.getString("owner_name"), rs.getString("owner_role"),
                            rs.getObject("owner_user_id", UUID.class), CaseReader.date(rs, "due_on"),
                            done == null ? null : done.toInstant());
                })
                .list();
        return new JointPlan((Integer) h[0], (UUID) h[1], ((Timestamp) h[2]).toInstant(), followUp, goals, actions);
    }
}
