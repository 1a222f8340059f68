package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.TreeSet;
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

/** Recording the family's consents on its behalf and withdrawing them (COORDINATE_CASE). */
@Controller
class ConsentController {

    private final Consents consents;
    private final CaseReader reader;
    private final CaseAudit audit;

    ConsentController(Consents consents, CaseReader reader, CaseAudit audit) {
        this.consents = consents;
        this.reader = reader;
        this.audit = audit;
    }

    @GetMapping("/cases/{caseId}/consents/new")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    @Transactional
    String form(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String to, Model model) {
        ConsentForm form = new ConsentForm();
        form.setTo(to);
        return show(new CaseId(caseId), form, model);
    }

    @PostMapping("/cases/{caseId}/consents")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String give(@PathVariable UUID caseId, @ModelAttribute("form") ConsentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        try {
            consents.give(id, new Consents.NewConsent(form.getTo(), form.getScope(), form.getGivenBy(),
                    form.getGivenByName(), form.getValidUntil()));
        } catch (NetworkRefused e) {
            response.setStatus(e.status());
            errors.rejectValue(e.rejection.field(), e.rejection.messageKey());
            return show(id, form, model);
        }
        redirect.addFlashAttribute("notice", "casework.consent.given");
        return "redirect:/cases/" + caseId + "#ConsentSection";
    }

    @PostMapping("/cases/{caseId}/consents/{consentId}/withdraw")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String withdraw(@PathVariable UUID caseId, @PathVariable UUID consentId,
            @RequestParam(defaultValue = "") String withdrawnBy, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return NetworkController.act(caseId, model, response, redirect, "casework.consent.withdrawn",
                () -> consents.withdraw(new CaseId(caseId), consentId, withdrawnBy));
    }

    private String show(CaseId id, ConsentForm form, Model model) {
        CaseOverview overview = reader.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var members = reader.members(id).stream().filter(NetworkMember::active).toList();
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute("members", members);
        model.addAttribute("organisations", members.stream().map(NetworkMember::organisation)
                .filter(o -> o != null && !o.isBlank()).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("scopes", Consents.SCOPES);
        audit.record(AuditEventType.CASE_VIEWED, id, Map.of("page", "record-consent"));
        return "casework/consent-new";
    }
}
