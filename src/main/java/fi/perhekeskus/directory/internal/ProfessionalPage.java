package fi.perhekeskus.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a professional's page, shared by the page itself, a refused end of an assignment or
 * role, and a named role form with errors.
 */
@Component
class ProfessionalPage {

    private final ProfessionalRepository professionals;
    private final AreaChoices areas;
    private final CoverageQuery coverage;
    private final Clock clock;

    ProfessionalPage(ProfessionalRepository professionals, AreaChoices areas, CoverageQuery coverage, Clock clock) {
        this.professionals = professionals;
        this.areas = areas;
        this.coverage = coverage;
        this.clock = clock;
    }

    String render(UUID id, Model model, Locale locale) {
        String lang = Lang.of(locale);
        var professional = professionals.find(id).orElseThrow(ProfessionalController::notFound);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("professional", professional);
        model.addAttribute("assignments", professionals.assignments(id, lang));
        model.addAttribute("roles", professionals.namedRoles(id, lang));
        model.addAttribute("trainings", professionals.trainings(id, lang));
        model.addAttribute("colleagues", professionals.colleagues(id));
        model.addAttribute("today", today);
        if (!model.containsAttribute("roleForm")) {
            NamedWorkerForm form = new NamedWorkerForm();
            form.setStartsOn(today);
            professional.areaIdList().stream().findFirst().map(UUID::fromString).ifPresent(form::setAreaId);
            model.addAttribute("roleForm", form);
        }
        model.addAttribute("roleChoices", NamedWorkerRole.values());
        model.addAttribute("roleAreaChoices", AreaChoices.grouped(areas.areas()));
        model.addAttribute("roleExpertiseChoices", coverage.expertiseAreas(lang));
        return "directory/professional";
    }
}
