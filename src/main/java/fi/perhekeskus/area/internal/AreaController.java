package fi.perhekeskus.area.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public pages of the region structure; coordinators edit their own area, administrators any. */
@Controller
class AreaController {

    private final AreaRepository areas;
    private final UserAccounts users;
    private final AccessControl access;
    private final AuditLog audit;

    AreaController(AreaRepository areas, UserAccounts users, AccessControl access, AuditLog audit) {
        this.areas = areas;
        this.users = users;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/areas")
    @Authorized(Action.VIEW_AREAS)
    String list(Model model) {
        // region -> planning area -> family centre areas, in the order the query sorted them
        model.addAttribute("regions", areas.all().stream().collect(Collectors.groupingBy(FamilyCentreArea::region,
                LinkedHashMap::new, Collectors.groupingBy(FamilyCentreArea::planningArea,
                        LinkedHashMap::new, Collectors.toList()))));
        return "area/list";
    }

    @GetMapping("/areas/{id}")
    @Authorized(Action.VIEW_AREAS)
    String show(@PathVariable UUID id, Model model) {
        FamilyCentreArea area = find(id);
        model.addAttribute("area", area);
        model.addAttribute("coordinatorNames", users.displayNames(area.coordinators()).values().stream().sorted().toList());
        model.addAttribute("canEdit", access.isPermitted(Action.EDIT_AREA, id));
        return "area/show";
    }

    @GetMapping("/areas/{id}/edit")
    @Authorized(value = Action.EDIT_AREA, target = "id")
    String edit(@PathVariable UUID id, Model model) {
        FamilyCentreArea area = find(id);
        AreaForm form = new AreaForm();
        form.setName(area.name());
        form.setPopulation(area.population());
        form.setChildren(area.children());
        form.setDescription(area.description());
        form.setVersion(area.version());
        model.addAttribute("area", area);
        model.addAttribute("form", form);
        return "area/edit";
    }

    @PostMapping("/areas/{id}/edit")
    @Authorized(value = Action.EDIT_AREA, target = "id")
    @Transactional
    String save(@PathVariable UUID id, @Valid @ModelAttribute("form") AreaForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        FamilyCentreArea area = find(id);
        if (form.childrenExceedPopulation()) {
            errors.rejectValue("children", "area.form.children.moreThanPopulation");
        }
        if (!errors.hasFieldErrors("name") && areas.nameTakenInPlanningArea(area.id(), form.getName().strip())) {
            errors.rejectValue("name", "area.form.name.taken");
        }
        if (!errors.hasErrors() && !areas.update(area.id(), form.getVersion(), form)) {
            errors.reject("area.form.staleVersion");
        }
        if (errors.hasErrors()) {
            model.addAttribute("area", area);
            return "area/edit";
        }
        audit.record(AuditEventType.AREA_UPDATED, area.id(), AuditOutcome.SUCCESS,
                Map.of("name", form.getName().strip(), "population", form.getPopulation(),
                        "children", form.getChildren()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/areas/" + id;
    }

    private FamilyCentreArea find(UUID id) {
        return areas.find(new FamilyCentreAreaId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
