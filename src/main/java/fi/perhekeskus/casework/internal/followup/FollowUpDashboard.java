package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.CaseRules;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of the responsible worker's dashboard, each filtered in SQL by the same case rules the case
 * page checks (never fetched then filtered): the cases the caller coordinates (responsible worker, or
 * coordinating close worker when the family coordinates) and the actions the caller owns as a member with
 * a basis. The outer case alias is {@code kc} because the rules use {@code k}, {@code m} and {@code c} inside.
 */
@Repository
class FollowUpDashboard {

    /** Follow-ups this many days ahead (or already past) are listed. */
    static final int FOLLOW_UP_HORIZON_DAYS = 14;

    private static final String COORDINATES = "EXISTS (" + CaseRules.forColumn(CaseRules.COORDINATOR_OF_NETWORK, "kc.id") + ")";
    private static final String MEMBER = "EXISTS (" + CaseRules.forColumn(CaseRules.MEMBER_WITH_BASIS, "kc.id") + ")";
    /** The caller's active memberships first, so the planner starts from the caller's few cases. */
    private static final String MINE = "kc.id IN (SELECT um.case_id FROM case_member um WHERE um.user_id = :userId AND um.ended_at IS NULL)";

    public record ActionRow(UUID caseId, String reference, String familyName, String text, String ownerName,
            LocalDate dueOn, int daysOverdue) {
        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    public record FollowUpRow(UUID caseId, String reference, String familyName, String mode, LocalDate followUpOn,
            int daysLeft) {
        public boolean past() {
            return daysLeft < 0;
        }
    }

    private final JdbcClient jdbc;

    FollowUpDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ActionRow> overdueActions(UUID userId, LocalDate today) {
        return actions("""
                WHERE kc.status = 'OPEN' AND a.done_at IS NULL AND a.due_on < :today AND %s AND %s
                ORDER BY a.due_on, kc.reference LIMIT 500""".formatted(MINE, COORDINATES), userId, today);
    }

    List<ActionRow> ownActions(UUID userId, LocalDate today) {
        return actions("""
                JOIN case_member own ON own.id = a.owner_member_id AND own.user_id = :userId AND own.ended_at IS NULL
                WHERE kc.status = 'OPEN' AND a.done_at IS NULL AND %s AND %s
                ORDER BY a.due_on, kc.reference LIMIT 500""".formatted(MINE, MEMBER), userId, today);
    }

    private List<ActionRow> actions(String where, UUID userId, LocalDate today) {
        return jdbc.sql("""
                SELECT kc.id, kc.reference, kc.family_name, a.text, coalesce(om.name, op.name) AS owner_name, a.due_on,
                       greatest(0, :today - a.due_on) AS days_overdue
                FROM plan_action a JOIN client_case kc ON kc.id = a.case_id
                LEFT JOIN case_member om ON om.id = a.owner_member_id LEFT JOIN case_person op ON op.id = a.owner_person_id
                """ + where)
                .param("userId", userId).param("today", today)
                .query((rs, n) -> new ActionRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getInt(7)))
                .list();
    }

    List<FollowUpRow> followUps(UUID userId, LocalDate today) {
        return jdbc.sql("""
                SELECT kc.id, kc.reference, kc.family_name, kc.mode, kc.follow_up_on, kc.follow_up_on - :today AS days_left
                FROM client_case kc
                WHERE kc.status = 'OPEN' AND kc.follow_up_on <= :today + %d AND %s AND %s
                ORDER BY kc.follow_up_on, kc.reference LIMIT 500""".formatted(FOLLOW_UP_HORIZON_DAYS, MINE, COORDINATES))
                .param("userId", userId).param("today", today)
                .query((rs, n) -> new FollowUpRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getDate(5).toLocalDate(), rs.getInt(6)))
                .list();
    }
}
