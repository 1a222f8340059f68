package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages of professionals: list and search, one professional, add and edit. */
@Controller
class ProfessionalController {

    private final ProfessionalRepository professionals;
    private final AreaChoices areas;
    private final AuditLog audit;
    private final ProfessionalPage page;

    ProfessionalController(ProfessionalRepository professionals, AreaChoices areas, AuditLog audit,
            ProfessionalPage page) {
        this.professionals = professionals;
        this.areas = areas;
        this.audit = audit;
        this.page = page;
    }

    @GetMapping("/directory/professionals")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String list(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("professionals", professionals.search(q, 100));
        return "directory/professionals";
    }

    @GetMapping("/directory/professionals/{id}")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String show(@PathVariable UUID id, Model model, Locale locale) {
        return page.render(id, model, locale);
    }

    @GetMapping("/directory/professionals/new")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String newForm(Model model) {
        model.addAttribute("form", new ProfessionalForm());
        return editPage(model, null);
    }

    @PostMapping("/directory/professionals/new")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String create(@Valid @ModelAttribute("form") ProfessionalForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(UUID.randomUUID(), form, errors, model, redirect, null);
    }

    @GetMapping("/directory/professionals/{id}/edit")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String edit(@PathVariable UUID id, Model model) {
        var p = professionals.find(id).orElseThrow(ProfessionalController::notFound);
        ProfessionalForm form = new ProfessionalForm();
        form.setName(p.name());
        form.setTitle(p.title());
        form.setOrganisation(p.organisation());
        form.setLanguages(new java.util.ArrayList<>(p.languageList()));
        form.setPhone(p.phone());
        form.setEmail(p.email());
        form.setOtherContact(p.otherContact());
        form.setAreas(new java.util.ArrayList<>(p.areaIdList().stream().map(UUID::fromString).toList()));
        form.setActive(p.active());
        model.addAttribute("form", form);
        return editPage(model, id);
    }

    @PostMapping("/directory/professionals/{id}/edit")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ProfessionalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        professionals.find(id).orElseThrow(ProfessionalController::notFound);
        return save(id, form, errors, model, redirect, id);
    }

    private String save(UUID id, ProfessionalForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            UUID existing) {
        if (!ProfessionalForm.LANGUAGES.containsAll(form.getLanguages())) {
            errors.rejectValue("languages", "directory.form.languages.unknown");
        }
        if (form.getAreas().stream().anyMatch(a -> !areas.areaExists(a))) {
            errors.rejectValue("areas", "directory.form.areas.unknown");
        }
        if (errors.hasErrors()) {
            return editPage(model, existing);
        }
        professionals.save(id, form);
        audit.record(AuditEventType.PROFESSIONAL_UPDATED, id, AuditOutcome.SUCCESS,
                Map.of("name", form.getName().strip(), "created", existing == null));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/professionals/" + id;
    }

    private String editPage(Model model, UUID id) {
        model.addAttribute("professionalId", id);
        model.addAttribute("areaChoices", areas.areas());
        model.addAttribute("languageChoices", ProfessionalForm.LANGUAGES);
        return "directory/professional-edit";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
