package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * The on-call rota page: client guidance reads it, the area's coordinator (or an administrator)
 * sets each week's team of three.
 */
@Controller
class RotaController {

    /** The current week and the next eight: far enough ahead to plan holidays. */
    static final int WEEKS_SHOWN = 9;

    private final OnCallRota rota;
    private final Areas areas;
    private final AccessControl access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RotaController(OnCallRota rota, Areas areas, AccessControl access, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.rota = rota;
        this.areas = areas;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/help/rota")
    @Authorized(Action.VIEW_ON_CALL_ROTA)
    String rota(@RequestParam(name = "area", required = false) String areaParam, Model model) {
        List<FamilyCentreArea> all = areas.all();
        FamilyCentreArea area = chosen(areaParam, all);
        LocalDate thisWeek = OnCallRota.weekStart(LocalDate.now(clock));
        var teams = rota.teams(area.id(), thisWeek, thisWeek.plusWeeks(WEEKS_SHOWN - 1));
        List<RotaWeek> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS_SHOWN; i++) {
            LocalDate week = thisWeek.plusWeeks(i);
            weeks.add(new RotaWeek(week, teams.get(week), i == 0));
        }
        model.addAttribute("areas", all);
        model.addAttribute("area", area);
        model.addAttribute("weeks", weeks);
        model.addAttribute("canManage", access.isPermitted(Action.MANAGE_ON_CALL_ROTA, area.id().value()));
        return "help/rota";
    }

    @GetMapping("/help/rota/{id}/weeks/{week}")
    @Authorized(value = Action.MANAGE_ON_CALL_ROTA, target = "id")
    String edit(@PathVariable UUID id, @PathVariable String week, Model model) {
        FamilyCentreArea area = find(id);
        LocalDate weekStart = monday(week);
        model.addAttribute("form", RotaForm.of(rota.teams(area.id(), weekStart, weekStart).get(weekStart)));
        return editPage(area, weekStart, model);
    }

    @PostMapping("/help/rota/{id}/weeks/{week}")
    @Authorized(value = Action.MANAGE_ON_CALL_ROTA, target = "id")
    @Transactional
    String save(@PathVariable UUID id, @PathVariable String week, @ModelAttribute("form") RotaForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        FamilyCentreArea area = find(id);
        LocalDate weekStart = monday(week);
        Set<UserId> people = rota.candidates(area.id()).stream().map(OnCallRota.Candidate::id)
                .collect(Collectors.toSet());
        List<OnCallRota.NewMember> members = form.validate(people, errors);
        if (errors.hasErrors()) {
            return editPage(area, weekStart, model);
        }
        rota.setTeam(area.id(), weekStart, members);
        audit.record(AuditEventType.ON_CALL_ROTA_CHANGED, area.id(), AuditOutcome.SUCCESS, Map.of(
                "week", weekStart.toString(),
                "members", members.stream().map(m -> m.userId() + ":" + m.profession()).toList()));
        redirect.addFlashAttribute("savedWeek", weekStart);
        return "redirect:/help/rota?area=" + id;
    }

    private String editPage(FamilyCentreArea area, LocalDate weekStart, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("week", new RotaWeek(weekStart, null, false));
        model.addAttribute("candidates", rota.candidates(area.id()));
        model.addAttribute("professions", Profession.values());
        return "help/rota-edit";
    }

    /** The area asked for, else the first of the user's own areas, else the first area. */
    private FamilyCentreArea chosen(String areaParam, List<FamilyCentreArea> all) {
        if (areaParam != null && !areaParam.isBlank()) {
            return all.stream().filter(a -> a.id().value().toString().equals(areaParam.strip())).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        List<UUID> own = access.currentUser().map(user -> jdbc.sql("""
                SELECT family_centre_area_id FROM area_assignment WHERE user_id = :user
                ORDER BY coordinator DESC, family_centre_area_id""")
                .param("user", user.id().value()).query(UUID.class).list()).orElse(List.of());
        return all.stream().filter(a -> own.contains(a.id().value())).findFirst()
                .orElseGet(() -> all.stream().findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    private FamilyCentreArea find(UUID id) {
        return areas.find(new FamilyCentreAreaId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static LocalDate monday(String week) {
        try {
            LocalDate day = LocalDate.parse(week);
            if (day.equals(OnCallRota.weekStart(day))) return day;
        } catch (DateTimeParseException e) {
            // answered as not found below, like any other address that names no week
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
