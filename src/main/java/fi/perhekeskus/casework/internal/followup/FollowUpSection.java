package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.casework.internal.CaseOverview;
import fi.perhekeskus.casework.internal.CaseSection;
import fi.perhekeskus.casework.internal.PlanReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Follow-up on the case page: the follow-up date in force, the evaluations recorded so far, and the ways
 * on (evaluate, close, change the way of working) for those who may. The case page audits the read.
 */
@Component
class FollowUpSection implements CaseSection {

    private final Evaluations evaluations;
    private final PlanReader plans;
    private final CaseCloser closer;
    private final Clock clock;

    FollowUpSection(Evaluations evaluations, PlanReader plans, CaseCloser closer, Clock clock) {
        this.evaluations = evaluations;
        this.plans = plans;
        this.closer = closer;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "casework/sections/follow-up :: section";
    }

    @Override
    public void addTo(CaseOverview overview, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        var plan = plans.current(overview.id());
        model.addAttribute("followUpEvaluations", evaluations.of(overview.id()));
        model.addAttribute("followUpHasPlan", plan.exists());
        model.addAttribute("followUpActiveGoals", EvaluationRecorder.activeGoals(plan).size());
        model.addAttribute("followUpOverdue", overview.followUpOn() != null && overview.followUpOn().isBefore(today));
        model.addAttribute("followUpOpenActions", closer.openActions(overview.id()));
        model.addAttribute("followUpToday", today);
    }
}
