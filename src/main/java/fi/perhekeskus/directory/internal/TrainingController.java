package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training register: trainings, completions and who lacks what their role requires. */
@Controller
class TrainingController {

    private final TrainingRepository trainings;
    private final ProfessionalRepository professionals;
    private final AuditLog audit;
    private final Clock clock;

    TrainingController(TrainingRepository trainings, ProfessionalRepository professionals, AuditLog audit, Clock clock) {
        this.trainings = trainings;
        this.professionals = professionals;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/directory/training")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String register(@org.springframework.web.bind.annotation.RequestParam(required = false) String q, Model model,
            Locale locale) {
        model.addAttribute("q", q);
        TrainingForm form = new TrainingForm();
        form.setCompletedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return page(model, locale, q);
    }

    @PostMapping("/directory/training")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String record(@Valid @ModelAttribute("form") TrainingForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasFieldErrors("training") && !trainings.exists(form.getTraining())) {
            errors.rejectValue("training", "directory.training.training.unknown");
        }
        if (form.getProfessionalId() != null && !professionals.exists(form.getProfessionalId())) {
            errors.rejectValue("professionalId", "directory.training.professional.unknown");
        }
        if (form.getCompletedOn() != null && form.getCompletedOn().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("completedOn", "directory.training.completedOn.future");
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return page(model, locale, null);
        }
        trainings.record(form.getProfessionalId(), form.getTraining(), form.getCompletedOn());
        audit.record(AuditEventType.TRAINING_RECORDED, form.getProfessionalId(), AuditOutcome.SUCCESS,
                Map.of("training", form.getTraining(), "completedOn", form.getCompletedOn().toString()));
        redirect.addFlashAttribute("recorded", true);
        return "redirect:/directory/training";
    }

    private String page(Model model, Locale locale, String q) {
        String lang = Lang.of(locale);
        model.addAttribute("trainings", trainings.trainings(lang));
        model.addAttribute("lacking", trainings.lacking(LocalDate.now(clock), lang, q, 300));
        model.addAttribute("professionalChoices", professionals.all(1000));
        return "directory/training";
    }
}
