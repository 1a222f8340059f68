package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import fi.perhekeskus.casework.internal.CaseWrites;
import fi.perhekeskus.casework.internal.JointPlan;
import fi.perhekeskus.casework.internal.PlanReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an evaluation at the follow-up in one transaction: the evaluation, each goal's progress, goals
 * achieved, the next follow-up date in force on the case, and the audit event. The per-render key makes a
 * double-click (or a resend) record it once.
 */
@Service
class EvaluationRecorder {

    private final JdbcClient jdbc;
    private final CaseWrites writes;
    private final PlanReader plans;
    private final CaseAudit audit;
    private final AccessControl access;
    private final Clock clock;

    EvaluationRecorder(JdbcClient jdbc, CaseWrites writes, PlanReader plans, CaseAudit audit, AccessControl access,
            Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.plans = plans;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** The goals an evaluation is about: the current plan's goals not yet achieved or dropped. */
    static List<JointPlan.Goal> activeGoals(JointPlan plan) {
        return plan.goals().stream().filter(g -> "ACTIVE".equals(g.status())).toList();
    }

    sealed interface Outcome {
        record Recorded(UUID evaluationId) implements Outcome {}
        record Rejected(EvaluationForm form, List<FieldError> errors) implements Outcome {}
        /** The same form was already recorded (double-click): nothing more to do. */
        record AlreadyRecorded() implements Outcome {}
    }

    @Transactional
    Outcome record(CaseId caseId, org.springframework.util.MultiValueMap<String, String> posted) {
        writes.requireOpen(caseId);
        LocalDate today = LocalDate.now(clock);
        EvaluationForm form = EvaluationForm.read(activeGoals(plans.current(caseId)), posted);
        List<FieldError> errors = form.validate(today);
        if (!errors.isEmpty()) return new Outcome.Rejected(form, errors);
        UUID id = UUID.randomUUID();
        UUID user = access.currentUser().map(u -> u.id().value()).orElse(null);
        LocalDate next = form.nextDate();
        int inserted = jdbc.sql("""
                INSERT INTO case_evaluation (id, case_id, evaluated_on, next_period_until, summary, evaluated_by,
                                             request_key, closing)
                VALUES (:id, :case, :today, :next, :summary, :user, :key, :closing)
                ON CONFLICT (request_key) DO NOTHING""")
                .param("id", id).param("case", caseId.value()).param("today", today).param("next", next)
                .param("summary", form.summary.isEmpty() ? null : form.summary).param("user", user)
                .param("key", form.requestKey()).param("closing", form.noNextPeriod)
                .update();
        if (inserted == 0) return new Outcome.AlreadyRecorded();
        Map<String, Object> progress = new HashMap<>();
        for (EvaluationForm.GoalInput g : form.goals) {
            GoalProgress p = EvaluationForm.progress(g);
            jdbc.sql("""
                    INSERT INTO goal_evaluation (evaluation_id, goal_key, progress, network_note, family_note, child_note)
                    VALUES (:e, :g, :p, :n, :f, :c)""")
                    .param("e", id).param("g", g.goal().key()).param("p", p.name())
                    .param("n", blankToNull(g.networkNote())).param("f", blankToNull(g.familyNote()))
                    .param("c", blankToNull(g.childNote())).update();
            if (p == GoalProgress.ACHIEVED) {
                jdbc.sql("UPDATE plan_goal SET status = 'ACHIEVED' WHERE goal_key = :g AND case_id = :case")
                        .param("g", g.goal().key()).param("case", caseId.value()).update();
            }
            progress.put(g.goal().key().toString(), p.name());
        }
        jdbc.sql("UPDATE client_case SET follow_up_on = :next, version = version + 1 WHERE id = :id")
                .param("next", next).param("id", caseId.value()).update();
        Map<String, Object> details = new HashMap<>();
        details.put("evaluation", id.toString());
        details.put("goals", progress);
        details.put("nextFollowUp", next == null ? "none" : next.toString());
        audit.record(AuditEventType.CASE_EVALUATED, caseId, details);
        return new Outcome.Recorded(id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
