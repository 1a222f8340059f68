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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assigning a key person and ending an assignment (with an optional successor who continues it). */
@Controller
class AssignmentController {

    private final ProfessionalRepository professionals;
    private final AssignmentRepository assignments;
    private final AreaChoices areas;
    private final CoverageQuery coverage;
    private final AuditLog audit;
    private final Clock clock;
    private final ProfessionalPage pages;

    AssignmentController(ProfessionalRepository professionals, AssignmentRepository assignments, AreaChoices areas,
            CoverageQuery coverage, AuditLog audit, Clock clock, ProfessionalPage pages) {
        this.professionals = professionals;
        this.assignments = assignments;
        this.areas = areas;
        this.coverage = coverage;
        this.audit = audit;
        this.clock = clock;
        this.pages = pages;
    }

    @GetMapping("/directory/professionals/{id}/assign")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String form(@PathVariable UUID id, Model model, Locale locale) {
        AssignmentForm form = new AssignmentForm();
        form.setStartsOn(LocalDate.now(clock));
        var p = professionals.find(id).orElseThrow(ProfessionalController::notFound);
        p.areaIdList().stream().findFirst().map(UUID::fromString).ifPresent(form::setAreaId);
        model.addAttribute("form", form);
        return page(id, model, locale);
    }

    @PostMapping("/directory/professionals/{id}/assign")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String assign(@PathVariable UUID id, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        professionals.find(id).orElseThrow(ProfessionalController::notFound);
        if (!errors.hasFieldErrors("expertise") && !assignments.expertiseExists(form.getExpertise())) {
            errors.rejectValue("expertise", "directory.assign.expertise.unknown");
        }
        List<UUID> covered = List.of();
        if (form.getScope() != null) {
            UUID target = form.scopeTarget();
            covered = target == null ? List.of() : areas.covered(form.getScope(), target);
            if (covered.isEmpty()) {
                errors.rejectValue(form.scopeField(), "directory.assign.scopeTarget.required");
            }
        }
        if (form.endsBeforeStart()) {
            errors.rejectValue("endsOn", "directory.assign.endsOn.beforeStart");
        }
        if (id.equals(form.getDeputyId())) {
            errors.rejectValue("deputyId", "directory.assign.deputy.self");
        } else if (form.getDeputyId() != null && !professionals.exists(form.getDeputyId())) {
            errors.rejectValue("deputyId", "directory.assign.deputy.unknown");
        }
        if (form.getWorkForms().isEmpty()) {
            errors.rejectValue("workForms", "directory.assign.workForms.required");
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return page(id, model, locale);
        }
        UUID assignment = UUID.randomUUID();
        assignments.insert(assignment, id, form, covered);
        Map<String, Object> details = new HashMap<>();
        details.put("professional", id.toString());
        details.put("expertise", form.getExpertise());
        details.put("scope", form.getScope().name());
        details.put("areas", covered.size());
        audit.record(AuditEventType.KEY_PERSON_ASSIGNED, assignment, AuditOutcome.SUCCESS, details);
        redirect.addFlashAttribute("assigned", true);
        return "redirect:/directory/professionals/" + id;
    }

    /**
     * Ends an assignment. Ending twice, or after someone else changed it, is refused with 409 and a
     * message on the professional's page; nothing changes.
     */
    @PostMapping("/directory/assignments/{id}/end")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String end(@PathVariable UUID id, @RequestParam int version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) UUID successor, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        var stored = assignments.find(id).orElseThrow(ProfessionalController::notFound);
        LocalDate on = endsOn == null ? LocalDate.now(clock) : endsOn;
        if (successor != null && (successor.equals(stored.professionalId()) || !professionals.exists(successor))) {
            successor = null;
        }
        var refusal = assignments.end(id, version, on);
        if (refusal.isPresent()) {
            response.setStatus(409);
            model.addAttribute("endError", "directory.end.refused." + refusal.get().name());
            return pages.render(stored.professionalId(), model, locale);
        }
        Map<String, Object> details = new HashMap<>();
        details.put("endsOn", on.toString());
        if (successor != null) {
            UUID next = assignments.continueWith(id, successor, on.plusDays(1));
            details.put("successorAssignment", next.toString());
            audit.record(AuditEventType.KEY_PERSON_ASSIGNED, next, AuditOutcome.SUCCESS,
                    Map.of("professional", successor.toString(), "expertise", stored.expertiseCode(),
                            "continues", id.toString()));
        }
        audit.record(AuditEventType.KEY_PERSON_ASSIGNMENT_ENDED, id, AuditOutcome.SUCCESS, details);
        redirect.addFlashAttribute("ended", true);
        return "redirect:/directory/professionals/" + stored.professionalId();
    }

    private String page(UUID id, Model model, Locale locale) {
        model.addAttribute("professional", professionals.find(id).orElseThrow(ProfessionalController::notFound));
        model.addAttribute("expertiseAreas", coverage.expertiseAreas(Lang.of(locale)));
        model.addAttribute("areaChoices", areas.areas());
        model.addAttribute("planningAreaChoices", areas.planningAreas());
        model.addAttribute("regionChoices", areas.regions());
        model.addAttribute("colleagues", professionals.colleagues(id));
        model.addAttribute("workFormChoices", WorkForm.values());
        model.addAttribute("scopeChoices", Scope.values());
        return "directory/assign";
    }
}
