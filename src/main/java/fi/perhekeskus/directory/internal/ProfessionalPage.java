package fi.perhekeskus.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of a professional's page, shared by the page itself and by a refused end of an assignment. */
@Component
class ProfessionalPage {

    private final ProfessionalRepository professionals;
    private final Clock clock;

    ProfessionalPage(ProfessionalRepository professionals, Clock clock) {
        this.professionals = professionals;
        this.clock = clock;
    }

    String render(UUID id, Model model, Locale locale) {
        String lang = Lang.of(locale);
        model.addAttribute("professional", professionals.find(id).orElseThrow(ProfessionalController::notFound));
        model.addAttribute("assignments", professionals.assignments(id, lang));
        model.addAttribute("roles", professionals.namedRoles(id, lang));
        model.addAttribute("trainings", professionals.trainings(id, lang));
        model.addAttribute("colleagues", professionals.colleagues(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "directory/professional";
    }
}
