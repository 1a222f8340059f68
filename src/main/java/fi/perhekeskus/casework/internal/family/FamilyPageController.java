package fi.perhekeskus.casework.internal.family;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import fi.perhekeskus.casework.internal.CaseOverview;
import fi.perhekeskus.casework.internal.CaseReader;
import fi.perhekeskus.casework.internal.MeetingReader;
import fi.perhekeskus.casework.internal.MemberRole;
import fi.perhekeskus.casework.internal.NetworkMeeting;
import fi.perhekeskus.casework.internal.NetworkMember;
import fi.perhekeskus.casework.internal.PlanReader;
import fi.perhekeskus.casework.internal.family.FamilyCases.Scope;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's own view (seed 004 "Yksi lapsi – yhteinen tilannekuva"): a guardian sees the network, the
 * plan and the meetings, writes the family's and the child's own view before the next meeting, and gives
 * and withdraws consents. Every read is audited with the case as the target, so it shows in the access log.
 */
@Controller
class FamilyPageController {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    static final int MAX_VIEW_LENGTH = 8000;

    private final FamilyCases cases;
    private final CaseReader reader;
    private final PlanReader plans;
    private final MeetingReader meetings;
    private final CaseAudit audit;
    private final AuditLog auditLog;
    private final AccessControl access;

    FamilyPageController(FamilyCases cases, CaseReader reader, PlanReader plans, MeetingReader meetings,
            CaseAudit audit, AuditLog auditLog, AccessControl access) {
        this.cases = cases;
        this.reader = reader;
        this.plans = plans;
        this.meetings = meetings;
        this.audit = audit;
        this.auditLog = auditLog;
        this.access = access;
    }

    /** A meeting with its times in Finnish time, for the page. */
    public record MeetingView(UUID id, ZonedDateTime startsAt, ZonedDateTime endsAt, String place, String videoLink) {
        static MeetingView of(NetworkMeeting m) {
            return new MeetingView(m.id(), m.startsAt().atZone(FINLAND), m.endsAt().atZone(FINLAND), m.place(),
                    m.videoLink());
        }
    }

    @GetMapping("/family")
    @Authorized(Action.VIEW_OWN_CASES)
    @Transactional
    String list(Model model) {
        var mine = cases.ofGuardian(me().id().value());
        auditLog.recordList(AuditEventType.CASE_LIST_VIEWED, mine.stream().map(c -> c.id()).toList(),
                Map.of("view", "family"));
        if (mine.size() == 1) return "redirect:/family/cases/" + mine.getFirst().id();
        model.addAttribute("cases", mine);
        return "casework/family/list";
    }

    @GetMapping("/family/cases/{caseId}")
    @Authorized(value = Action.ACT_AS_FAMILY, target = "caseId")
    @Transactional
    String show(@PathVariable UUID caseId, Model model) {
        CaseId id = new CaseId(caseId);
        render(id, model, new OwnViewForm(), new ConsentForm());
        audit.record(AuditEventType.CASE_VIEWED, id, Map.of("view", "family"));
        return "casework/family/case";
    }

    @PostMapping("/family/cases/{caseId}/views")
    @Authorized(value = Action.ACT_AS_FAMILY, target = "caseId")
    @Transactional
    String addView(@PathVariable UUID caseId, @ModelAttribute("viewForm") OwnViewForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        String text = form.getText() == null ? "" : form.getText().strip();
        if (text.isEmpty()) errors.rejectValue("text", "casework.family.view.error.empty");
        else if (text.length() > MAX_VIEW_LENGTH) {
            errors.rejectValue("text", "casework.family.view.error.tooLong", new Object[] {MAX_VIEW_LENGTH}, null);
        }
        if (form.getKey() == null) form.setKey(UUID.randomUUID());
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            render(id, model, form, new ConsentForm());
            return "casework/family/case";
        }
        CurrentUser me = me();
        var next = meetings.upcoming(id).stream().findFirst().map(NetworkMeeting::id).orElse(null);
        String author = cases.guardian(id, me.id().value()).map(FamilyCases.Guardian::name).orElse(me.displayName());
        if (cases.addView(id, next, me.id().value(), author, form.isFromChild(), text, form.getKey())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fromChild", form.isFromChild());
            if (next != null) details.put("meetingId", next.toString());
            audit.record(AuditEventType.FAMILY_VIEW_ADDED, id, details);
        }
        redirect.addFlashAttribute("notice", "casework.family.view.saved");
        return "redirect:/family/cases/" + caseId + "#own-view";
    }

    @PostMapping("/family/cases/{caseId}/consents")
    @Authorized(value = Action.ACT_AS_FAMILY, target = "caseId")
    @Transactional
    String giveConsent(@PathVariable UUID caseId, @ModelAttribute("consentForm") ConsentForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        UUID memberId = uuid(form.getMember());
        String memberName = memberId == null ? null : cases.consentableMemberName(id, memberId).orElse(null);
        if (memberName == null) errors.rejectValue("member", "casework.family.consent.error.member");
        Scope scope = Arrays.stream(Scope.values()).filter(s -> s.name().equals(form.getScope())).findFirst().orElse(null);
        if (scope == null) errors.rejectValue("scope", "casework.family.consent.error.scope");
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            render(id, model, new OwnViewForm(), form);
            return "casework/family/case";
        }
        // Giving the same consent again (a double click, two tabs) changes nothing and says so.
        if (cases.consentInForce(id, memberId, scope)) {
            redirect.addFlashAttribute("notice", "casework.family.consent.already");
            return "redirect:/family/cases/" + caseId + "#consents";
        }
        CurrentUser me = me();
        var guardian = cases.guardian(id, me.id().value())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        UUID consentId = cases.giveConsent(id, memberId, scope, guardian, me.id().value());
        audit.record(AuditEventType.CASE_CONSENT_GIVEN, id, Map.of("consentId", consentId.toString(),
                "memberId", memberId.toString(), "to", memberName, "scope", scope.name(), "by", guardian.name()));
        redirect.addFlashAttribute("notice", "casework.family.consent.given");
        return "redirect:/family/cases/" + caseId + "#consents";
    }

    @PostMapping("/family/cases/{caseId}/consents/{consentId}/withdraw")
    @Authorized(value = Action.ACT_AS_FAMILY, target = "caseId")
    @Transactional
    String withdrawConsent(@PathVariable UUID caseId, @PathVariable UUID consentId, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        var consent = cases.consent(id, consentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CurrentUser me = me();
        String by = cases.guardian(id, me.id().value()).map(FamilyCases.Guardian::name).orElse(me.displayName());
        if (cases.withdraw(id, consentId, by)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("consentId", consentId.toString());
            details.put("to", consent.recipient());
            details.put("scope", consent.scope().name());
            details.put("by", by);
            audit.record(AuditEventType.CASE_CONSENT_WITHDRAWN, id, details);
        }
        redirect.addFlashAttribute("notice", "casework.family.consent.withdrawn");
        return "redirect:/family/cases/" + caseId + "#consents";
    }

    private void render(CaseId id, Model model, OwnViewForm viewForm, ConsentForm consentForm) {
        CaseOverview overview = reader.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<NetworkMember> members = reader.members(id).stream().filter(NetworkMember::active).toList();
        var upcoming = meetings.upcoming(id).stream().map(MeetingView::of).toList();
        model.addAttribute("overview", overview);
        model.addAttribute("members", members);
        model.addAttribute("consentable", members.stream().filter(m -> m.role() != MemberRole.OWN_CIRCLE).toList());
        model.addAttribute("plan", plans.current(id));
        model.addAttribute("meetings", upcoming);
        model.addAttribute("nextMeeting", upcoming.isEmpty() ? null : upcoming.getFirst());
        model.addAttribute("views", cases.viewsForGuardians(id).stream()
                .map(v -> new ViewRow(v, v.createdAt().atZone(FINLAND))).toList());
        model.addAttribute("consents", cases.consents(id));
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("viewForm", viewForm);
        model.addAttribute("consentForm", consentForm);
        model.addAttribute("me", me().id().value());
    }

    /** An own view with its time in Finnish time. */
    public record ViewRow(FamilyCases.OwnView view, ZonedDateTime at) {}

    private CurrentUser me() {
        return access.currentUser().orElseThrow();
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
