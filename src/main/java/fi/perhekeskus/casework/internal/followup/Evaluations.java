package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.casework.CaseId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the evaluations recorded at follow-ups, newest first, with each goal's progress and notes. */
@Repository
class Evaluations {

    public record GoalResult(UUID goalKey, String goalText, GoalProgress progress, String networkNote, String familyNote,
            String childNote) {}

    public record Evaluation(UUID id, LocalDate evaluatedOn, LocalDate nextPeriodUntil, boolean closing, String summary,
            String evaluatedBy, Instant createdAt, List<GoalResult> goals) {}

    private final JdbcClient jdbc;

    Evaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Evaluation> of(CaseId id) {
        Map<UUID, List<GoalResult>> goals = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT g.evaluation_id, g.goal_key, pg.text, g.progress, g.network_note, g.family_note, g.child_note
                FROM goal_evaluation g JOIN case_evaluation e ON e.id = g.evaluation_id
                JOIN plan_goal pg ON pg.goal_key = g.goal_key
                WHERE e.case_id = :id ORDER BY pg.position""")
                .param("id", id.value())
                .query(rs -> {
                    goals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new GoalResult(rs.getObject(2, UUID.class), rs.getString(3),
                                    GoalProgress.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                    rs.getString(7)));
                });
        return jdbc.sql("""
                SELECT e.*, u.display_name FROM case_evaluation e LEFT JOIN app_user u ON u.id = e.evaluated_by
                WHERE e.case_id = :id ORDER BY e.evaluated_on DESC, e.created_at DESC""")
                .param("id", id.value())
                .query((rs, n) -> {
                    UUID evaluation = rs.getObject("id", UUID.class);
                    var next = rs.getDate("next_period_until");
                    return new Evaluation(evaluation, rs.getDate("evaluated_on").toLocalDate(),
                            next == null ? null : next.toLocalDate(), rs.getBoolean("closing"), rs.getString("summary"),
                            rs.getString("display_name"), rs.getTimestamp("created_at").toInstant(),
                            goals.getOrDefault(evaluation, List.of()));
                })
                .list();
    }
}
