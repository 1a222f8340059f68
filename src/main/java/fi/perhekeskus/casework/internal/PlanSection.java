package fi.perhekeskus.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's joint plan: current goals, open actions with owners and due dates, the next follow-up. */
@Component
class PlanSection implements CaseSection {

    private final PlanReader plans;
    private final Clock clock;

    PlanSection(PlanReader plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "casework/sections/plan :: section";
    }

    @Override
    public void addTo(CaseOverview overview, Model model, Locale locale) {
        model.addAttribute("planSection", plans.current(overview.id()));
        model.addAttribute("planToday", LocalDate.now(clock.withZone(MeetingInput.HELSINKI)));
    }
}
