package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
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

/**
 * The coordinator's pages of multi-professional teams: list, create, edit, deactivate and members.
 * The team's consultation times live in the consultation module at /teams/{id}/slots.
 */
@Controller
class TeamController {

    private final TeamRepository teams;
    private final AreaChoices areas;
    private final AuditLog audit;

    TeamController(TeamRepository teams, AreaChoices areas, AuditLog audit) {
        this.teams = teams;
        this.areas = areas;
        this.audit = audit;
    }

    @GetMapping("/directory/teams")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String list(Model model) {
        model.addAttribute("teams", teams.list());
        return "directory/teams";
    }

    @GetMapping("/directory/teams/new")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String newForm(Model model) {
        model.addAttribute("form", new TeamForm());
        return editPage(model, null);
    }

    @PostMapping("/directory/teams/new")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return save(UUID.randomUUID(), form, errors, model, redirect, response, false);
    }

    @GetMapping("/directory/teams/{id}/edit")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String edit(@PathVariable UUID id, Model model) {
        var team = teams.find(id).orElseThrow(ProfessionalController::notFound);
        TeamForm form = new TeamForm();
        form.setName(team.name());
        form.setAreaId(team.areaId());
        form.setDescription(team.description());
        model.addAttribute("form", form);
        return editPage(model, id);
    }

    @PostMapping("/directory/teams/{id}/edit")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") TeamForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        teams.find(id).orElseThrow(ProfessionalController::notFound);
        return save(id, form, errors, model, redirect, response, true);
    }

    private String save(UUID id, TeamForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response, boolean existing) {
        if (!errors.hasFieldErrors("areaId") && !areas.areaExists(form.getAreaId())) {
            errors.rejectValue("areaId", "directory.teams.area.unknown");
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return editPage(model, existing ? id : null);
        }
        teams.save(id, form);
        audit.record(AuditEventType.TEAM_CHANGED, id, AuditOutcome.SUCCESS,
                Map.of("change", existing ? "edited" : "created", "name", form.getName().strip(),
                        "area", form.getAreaId().toString()));
        redirect.addFlashAttribute("notice", "directory.teams.saved");
        return "redirect:/directory/teams/" + id;
    }

    @GetMapping("/directory/teams/{id}")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/directory/teams/{id}/deactivate")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return setActive(id, false, redirect);
    }

    @PostMapping("/directory/teams/{id}/activate")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        return setActive(id, true, redirect);
    }

    private String setActive(UUID id, boolean active, RedirectAttributes redirect) {
        teams.find(id).orElseThrow(ProfessionalController::notFound);
        if (teams.setActive(id, active)) {
            audit.record(AuditEventType.TEAM_CHANGED, id, AuditOutcome.SUCCESS,
                    Map.of("change", active ? "activated" : "deactivated"));
            redirect.addFlashAttribute("notice", active ? "directory.teams.activated" : "directory.teams.deactivated");
        } else {
            // a second click, or another coordinator was quicker: nothing to do, say so
            redirect.addFlashAttribute("notice", active ? "directory.teams.alreadyActive" : "directory.teams.alreadyInactive");
        }
        return "redirect:/directory/teams/" + id;
    }

    @PostMapping("/directory/teams/{id}/members")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String addMember(@PathVariable UUID id, @RequestParam(required = false) String professionalId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        teams.find(id).orElseThrow(ProfessionalController::notFound);
        UUID professional = parse(professionalId);
        String error = null;
        if (professional == null) {
            error = professionalId == null || professionalId.isBlank() ? "directory.teams.member.required"
                    : "directory.teams.member.unknown";
        } else if (!teams.activeProfessional(professional)) {
            error = "directory.teams.member.inactive";
        } else if (!teams.addMember(id, professional)) {
            error = "directory.teams.member.duplicate";
        }
        if (error != null) {
            response.setStatus(422);
            model.addAttribute("memberError", error);
            return page(id, model);
        }
        audit.record(AuditEventType.TEAM_CHANGED, id, AuditOutcome.SUCCESS,
                Map.of("change", "member-added", "professional", professional.toString()));
        redirect.addFlashAttribute("notice", "directory.teams.member.added");
        return "redirect:/directory/teams/" + id;
    }

    @PostMapping("/directory/teams/{id}/members/{professional}/remove")
    @Authorized(Action.MANAGE_KEY_PERSONS)
    @Transactional
    String removeMember(@PathVariable UUID id, @PathVariable UUID professional, RedirectAttributes redirect) {
        teams.find(id).orElseThrow(ProfessionalController::notFound);
        if (teams.removeMember(id, professional)) {
            audit.record(AuditEventType.TEAM_CHANGED, id, AuditOutcome.SUCCESS,
                    Map.of("change", "member-removed", "professional", professional.toString()));
            redirect.addFlashAttribute("notice", "directory.teams.member.removed");
        } else {
            redirect.addFlashAttribute("notice", "directory.teams.member.notMember");
        }
        return "redirect:/directory/teams/" + id;
    }

    private String page(UUID id, Model model) {
        var team = teams.find(id).orElseThrow(ProfessionalController::notFound);
        model.addAttribute("team", team);
        model.addAttribute("members", teams.members(id));
        var candidates = teams.candidates(id, team.areaId());
        model.addAttribute("areaCandidates", candidates.stream().filter(TeamRepository.Candidate::inArea).toList());
        model.addAttribute("otherCandidates", candidates.stream().filter(c -> !c.inArea()).toList());
        return "directory/team";
    }

    private String editPage(Model model, UUID id) {
        model.addAttribute("teamId", id);
        model.addAttribute("areaChoices", AreaChoices.grouped(areas.areas()));
        return "directory/team-edit";
    }

    private static UUID parse(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
