package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.directory.KeyPersonDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assembling the family's network (COORDINATE_CASE). Refusals: 422 bad input, 409 conflicts; nothing saved. */
@Controller
class NetworkController {

    private static final int SEARCH_LIMIT = 20;

    private final Network network;
    private final CaseReader reader;
    private final CaseAudit audit;
    private final UserAccounts users;
    private final KeyPersonDirectory directory;

    NetworkController(Network network, CaseReader reader, CaseAudit audit, UserAccounts users,
            KeyPersonDirectory directory) {
        this.network = network;
        this.reader = reader;
        this.audit = audit;
        this.users = users;
        this.directory = directory;
    }

    /** A search result to pick: a colleague with an account or a directory professional without one. */
    record Choice(String value, String name, String title, String organisation, boolean account) {}

    @GetMapping("/cases/{caseId}/members/new")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    @Transactional
    String form(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String q, Model model) {
        MemberForm form = new MemberForm();
        return show(new CaseId(caseId), q, form, model);
    }

    @PostMapping("/cases/{caseId}/members")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String add(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String q,
            @ModelAttribute("form") MemberForm form, BindingResult errors, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        MemberRole role = Arrays.stream(MemberRole.values()).filter(r -> r.name().equals(form.getRole())).findFirst()
                .orElse(null);
        try {
            network.add(id, new Network.NewMember(form.getWho(), role, form.getSector(), form.getName(),
                    form.getRelation(), form.getPhone(), form.getEmail(), form.getTask(), form.isNamedByFamily(),
                    form.isCoordinating()));
        } catch (NetworkRefused e) {
            response.setStatus(e.status());
            errors.rejectValue(e.rejection.field(), e.rejection.messageKey());
            return show(id, q, form, model);
        }
        redirect.addFlashAttribute("notice", "casework.network.added");
        return "redirect:/cases/" + caseId + "#NetworkSection";
    }

    @PostMapping("/cases/{caseId}/members/{memberId}/task")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String changeTask(@PathVariable UUID caseId, @PathVariable UUID memberId, @RequestParam(defaultValue = "") String task,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(caseId, model, response, redirect, "casework.network.taskChanged",
                () -> network.changeTask(new CaseId(caseId), memberId, task));
    }

    @PostMapping("/cases/{caseId}/members/{memberId}/end")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String end(@PathVariable UUID caseId, @PathVariable UUID memberId, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(caseId, model, response, redirect, "casework.network.ended",
                () -> network.end(new CaseId(caseId), memberId, reason));
    }

    @PostMapping("/cases/{caseId}/members/{memberId}/coordinating")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String coordinating(@PathVariable UUID caseId, @PathVariable UUID memberId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(caseId, model, response, redirect, "casework.network.coordinatingSet",
                () -> network.setCoordinating(new CaseId(caseId), memberId));
    }

    @PostMapping("/cases/{caseId}/members/{memberId}/responsible")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String handOver(@PathVariable UUID caseId, @PathVariable UUID memberId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(caseId, model, response, redirect, "casework.network.handedOver",
                () -> network.handOver(new CaseId(caseId), memberId));
    }

    /** Runs a change; a refusal is a page with the reason and the status (the case page link leads back). */
    static String act(UUID caseId, Model model, HttpServletResponse response, RedirectAttributes redirect,
            String notice, Runnable change) {
        try {
            change.run();
        } catch (NetworkRefused e) {
            response.setStatus(e.status());
            model.addAttribute("caseId", caseId);
            model.addAttribute("reason", e.rejection.messageKey());
            return "casework/refused";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + caseId;
    }

    private String show(CaseId id, String q, MemberForm form, Model model) {
        CaseOverview overview = reader.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute("q", q);
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("sectors", List.of("SOCIAL_CARE", "HEALTH_CARE", "EDUCATION", "OTHER"));
        model.addAttribute("choices", q.isBlank() ? List.of() : search(q.strip()));
        model.addAttribute("searched", !q.isBlank());
        audit.record(AuditEventType.CASE_VIEWED, id, Map.of("page", "add-member"));
        return "casework/member-new";
    }

    private List<Choice> search(String q) {
        var colleagues = users.professionalsNamed(q, SEARCH_LIMIT);
        Set<UserId> withAccount = colleagues.stream().map(UserAccounts.Colleague::id).collect(Collectors.toSet());
        var choices = new java.util.ArrayList<Choice>();
        for (var c : colleagues) {
            choices.add(new Choice("user:" + c.id().value(), c.displayName(), c.title(), null, true));
        }
        for (var p : directory.professionalsNamed(q, SEARCH_LIMIT)) {
            if (p.user() != null && withAccount.contains(p.user())) continue;
            choices.add(new Choice("pro:" + p.id(), p.name(), p.title(), p.organisation(), p.user() != null));
        }
        return choices;
    }
}
