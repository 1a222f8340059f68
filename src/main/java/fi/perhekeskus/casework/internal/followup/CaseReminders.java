package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.platform.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of follow-up dates and action due dates. Each reminder is claimed by inserting its row into
 * {@code case_reminder_sent} with {@code ON CONFLICT DO NOTHING RETURNING}: only the node whose insert
 * went in notifies, so several app nodes and restarts send each reminder once. Texts carry the case's
 * reference and dates only (not the action's text) — never the family's name — since they also go out by email. Recipients must
 * have a basis to see the case (responsible worker, or consent in force), as the link opens it.
 */
@Component
class CaseReminders {

    static final int FOLLOW_UP_LEAD_DAYS = 7;
    static final int ACTION_LEAD_DAYS = 3;
    /** Overdue reminders are sent the day after; this many days of slack cover a job that did not run. */
    static final int OVERDUE_SLACK_DAYS = 7;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** Members of the case row aliased {@code k} who may see it: role {@code m}, with an account. */
    private static final String WITH_BASIS = "m.ended_at IS NULL AND m.user_id IS NOT NULL AND (m.role = 'RESPONSIBLE_WORKER' OR "
            + CaseRules.CONSENT_IN_FORCE + ")";
    /** The coordinator: the responsible worker, or the coordinating close worker when the family coordinates. */
    private static final String COORDINATOR = "(m.role = 'RESPONSIBLE_WORKER' OR (k.mode = 'FAMILY_COORDINATED' AND m.coordinating))";

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    CaseReminders(JdbcClient jdbc, Notifications notifications, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    record Claimed(String kind, UUID subject, UUID caseId, String reference, LocalDate dueOn) {}

    @Scheduled(cron = "${perhekeskus.casework.reminder-cron:0 7 * * * *}")
    public void hourly() {
        remind(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today}; returns how many were claimed. */
    @Transactional
    public int remind(LocalDate today) {
        List<Claimed> claimed = new ArrayList<>();
        claimed.addAll(claim("FOLLOW_UP", """
                SELECT k.id, k.follow_up_on FROM client_case k WHERE k.status = 'OPEN'
                    AND k.follow_up_on > :today AND k.follow_up_on <= :today + %d""".formatted(FOLLOW_UP_LEAD_DAYS), today));
        claimed.addAll(claim("FOLLOW_UP_TODAY", """
                SELECT k.id, k.follow_up_on FROM client_case k WHERE k.status = 'OPEN' AND k.follow_up_on = :today""", today));
        claimed.addAll(claim("ACTION_DUE", """
                SELECT a.action_key, a.due_on FROM plan_action a JOIN client_case k ON k.id = a.case_id
                WHERE k.status = 'OPEN' AND a.done_at IS NULL AND a.owner_member_id IS NOT NULL
                    AND a.due_on >= :today AND a.due_on <= :today + %d""".formatted(ACTION_LEAD_DAYS), today));
        claimed.addAll(claim("ACTION_OVERDUE", """
                SELECT a.action_key, a.due_on FROM plan_action a JOIN client_case k ON k.id = a.case_id
                WHERE k.status = 'OPEN' AND a.done_at IS NULL
                    AND a.due_on < :today AND a.due_on >= :today - %d""".formatted(OVERDUE_SLACK_DAYS), today));
        Map<UUID, List<Map<String, Object>>> perCase = new LinkedHashMap<>();
        for (Claimed c : claimed) {
            Set<UUID> recipients = recipients(c);
            String link = c.kind().startsWith("FOLLOW_UP") ? "/cases/" + c.caseId() + "#FollowUpSection"
                    : "/cases/" + c.caseId() + "#PlanSection";
            List<String> args = List.of(c.reference(), DATE.format(c.dueOn()));
            for (UUID user : recipients) {
                notifications.notify(user, "CASE_" + c.kind(), "casework.followup.notify." + c.kind(), args, link);
            }
            perCase.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(Map.of("kind", c.kind(),
                    "subject", c.subject().toString(), "dueOn", c.dueOn().toString(), "recipients", recipients.size()));
        }
        perCase.forEach((caseId, reminders) -> audit.recordAs("system", null, AuditEventType.CASE_REMINDER_SENT,
                caseId.toString(), AuditOutcome.SUCCESS, Map.of("reminders", reminders)));
        return claimed.size();
    }

    /** Inserts the reminder rows of {@code kind} the query selects (subject, due date); returns those this call inserted. */
    private List<Claimed> claim(String kind, String due, LocalDate today) {
        List<Object[]> rows = jdbc.sql("""
                INSERT INTO case_reminder_sent (kind, subject_id, due_on)
                SELECT :kind, d.* FROM (%s) d
                ON CONFLICT DO NOTHING RETURNING subject_id, due_on""".formatted(due))
                .param("kind", kind).param("today", today)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()})
                .list();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] r : rows) {
            UUID subject = (UUID) r[0];
            LocalDate dueOn = (LocalDate) r[1];
            if (kind.startsWith("FOLLOW_UP")) {
                String reference = jdbc.sql("SELECT reference FROM client_case WHERE id = :id").param("id", subject)
                        .query(String.class).single();
                claimed.add(new Claimed(kind, subject, subject, reference, dueOn));
            } else {
                claimed.add(jdbc.sql("""
                        SELECT a.case_id, k.reference FROM plan_action a JOIN client_case k ON k.id = a.case_id
                        WHERE a.action_key = :id""")
                        .param("id", subject)
                        .query((rs, n) -> new Claimed(kind, subject, rs.getObject(1, UUID.class), rs.getString(2), dueOn))
                        .single());
            }
        }
        return claimed;
    }

    private Set<UUID> recipients(Claimed c) {
        String who = switch (c.kind()) {
            // The coordinator and every member with an account (and a basis).
            case "FOLLOW_UP", "FOLLOW_UP_TODAY" -> "TRUE";
            // The owner, if a member with an account.
            case "ACTION_DUE" -> "m.id = (SELECT owner_member_id FROM plan_action WHERE action_key = :subject)";
            // The owner and the coordinator.
            default -> "(m.id = (SELECT owner_member_id FROM plan_action WHERE action_key = :subject) OR " + COORDINATOR + ")";
        };
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT m.user_id FROM case_member m JOIN client_case k ON k.id = m.case_id
                WHERE m.case_id = :case AND %s AND %s ORDER BY %s DESC, m.added_at""".formatted(WITH_BASIS, who, COORDINATOR))
                .param("case", c.caseId()).param("subject", c.subject())
                .query(UUID.class).list());
    }
}
