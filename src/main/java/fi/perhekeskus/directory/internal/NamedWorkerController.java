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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and ending a professional's named roles (agent, coordinator, special-level worker, on-call member). */
@Controller
class NamedWorkerController {

    private final ProfessionalRepository professionals;
    private final NamedWorkerRepository namedWorkers;
    private final AssignmentRepository assignments;
    private final AreaChoices areas;
    private final AuditLog audit;
    private final Clock clock;
    private final ProfessionalPage pages;

    NamedWorkerController(ProfessionalRepository professionals, NamedWorkerRepository namedWorkers,
            AssignmentRepository assignments, AreaChoices areas, AuditLog audit, Clock clock, ProfessionalPage pages) {
        this.professionals = professionals;
        this.namedWorkers = namedWorkers;
        this.assignments = assignments;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
        this.pages = pages;
    }

    @PostMapping("/directory/professionals/{id}/roles")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String add(@PathVariable UUID id, @Valid @ModelAttribute("roleForm") NamedWorkerForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        professionals.find(id).orElseThrow(ProfessionalController::notFound);
        if (form.getAreaId() != null && !areas.areaExists(form.getAreaId())) {
            errors.rejectValue("areaId", "directory.named.area.unknown");
        }
        boolean special = form.getRole() == NamedWorkerRole.SPECIAL_SERVICE_WORKER;
        if (special && (form.getServiceName() == null || form.getServiceName().isBlank())) {
            errors.rejectValue("serviceName", "directory.named.serviceName.required");
        }
        String expertise = ProfessionalRepository.blankToNull(form.getExpertiseCode());
        if (special && expertise != null && !assignments.expertiseExists(expertise)) {
            errors.rejectValue("expertiseCode", "directory.named.expertise.unknown");
        }
        if (form.endsBeforeStart()) {
            errors.rejectValue("endsOn", "directory.named.endsOn.beforeStart");
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return pages.render(id, model, locale);
        }
        UUID role = UUID.randomUUID();
        namedWorkers.insert(role, id, form);
        Map<String, Object> details = new HashMap<>();
        details.put("change", "named-role-added");
        details.put("namedRole", role.toString());
        details.put("role", form.getRole().name());
        details.put("area", form.getAreaId().toString());
        audit.record(AuditEventType.PROFESSIONAL_UPDATED, id, AuditOutcome.SUCCESS, details);
        redirect.addFlashAttribute("roleNotice", "directory.named.added");
        return "redirect:/directory/professionals/" + id;
    }

    /** Ends a named role; ending one already ended is refused with 409 and a message, nothing changes. */
    @PostMapping("/directory/named-workers/{id}/end")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String end(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        var stored = namedWorkers.find(id).orElseThrow(ProfessionalController::notFound);
        LocalDate on = endsOn == null ? LocalDate.now(clock) : endsOn;
        var refusal = namedWorkers.end(id, on);
        if (refusal.isPresent()) {
            response.setStatus(409);
            model.addAttribute("roleEndError", "directory.named.end.refused." + refusal.get().name());
            return pages.render(stored.professionalId(), model, locale);
        }
        audit.record(AuditEventType.PROFESSIONAL_UPDATED, stored.professionalId(), AuditOutcome.SUCCESS,
                Map.of("change", "named-role-ended", "namedRole", id.toString(), "role", stored.role(),
                        "endsOn", on.toString()));
        redirect.addFlashAttribute("roleNotice", "directory.named.ended");
        return "redirect:/directory/professionals/" + stored.professionalId();
    }
}
