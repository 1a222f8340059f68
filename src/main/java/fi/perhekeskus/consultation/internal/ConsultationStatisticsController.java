package fi.perhekeskus.consultation.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Consultations per expertise, area and month over the last twelve months. */
@Controller
class ConsultationStatisticsController {

    private final ConsultationStatistics statistics;
    private final ConsultationLabels labels;
    private final Clock clock;

    ConsultationStatisticsController(ConsultationStatistics statistics, ConsultationLabels labels, Clock clock) {
        this.statistics = statistics;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/consultations/statistics")
    @Authorized(Action.VIEW_CONSULTATION_STATISTICS)
    String statistics(Model model, Locale locale) {
        LocalDate firstOfMonth = LocalDate.now(clock).withDayOfMonth(1);
        var rows = statistics.rows(firstOfMonth.minusMonths(11), firstOfMonth.plusMonths(1));
        model.addAttribute("rows", rows);
        model.addAttribute("names", labels.forRows(rows, locale));
        return "consultation/statistics";
    }
}
