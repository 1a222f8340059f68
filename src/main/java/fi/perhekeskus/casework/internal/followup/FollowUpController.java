package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import fi.perhekeskus.casework.internal.CaseMode;
import fi.perhekeskus.casework.internal.CaseOverview;
import fi.perhekeskus.casework.internal.CaseReader;
import fi.perhekeskus.casework.internal.JointPlan;
import fi.perhekeskus.casework.internal.PlanReader;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up of a case: the evaluation form (members with a basis), closing the case and changing the way
 * of working (the coordinator of the network). Bad input re-renders the form with 422; a closed case or a
 * form older than the case's last change gets 409 with the reason shown.
 */
@Controller
class FollowUpController {

    private final CaseReader cases;
    private final PlanReader plans;
    private final EvaluationRecorder recorder;
    private final CaseCloser closer;
    private final ModeChanger modes;
    private final ModeChangePolicy modePolicy;
    private final CaseAudit audit;
    private final AccessControl access;
    private final Clock clock;

    FollowUpController(CaseReader cases, PlanReader plans, EvaluationRecorder recorder, CaseCloser closer,
            ModeChanger modes, ModeChangePolicy modePolicy, CaseAudit audit, AccessControl access, Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.recorder = recorder;
        this.closer = closer;
        this.modes = modes;
        this.modePolicy = modePolicy;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    private CaseOverview overview(CaseId id) {
        return cases.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String caseLink(CaseId id) {
        return "/cases/" + id + "#FollowUpSection";
    }

    // --- evaluation ---------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/evaluation")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    @Transactional
    String evaluation(@PathVariable UUID caseId, Model model) {
        CaseId id = new CaseId(caseId);
        JointPlan plan = plans.current(id);
        evaluationModel(model, id, plan, EvaluationForm.empty(EvaluationRecorder.activeGoals(plan)), List.of());
        audit.record(AuditEventType.JOINT_PLAN_VIEWED, id, Map.of("page", "evaluation"));
        return "casework/evaluation";
    }

    @PostMapping("/cases/{caseId}/evaluation")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String recordEvaluation(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        EvaluationRecorder.Outcome outcome;
        try {
            outcome = recorder.record(id, form);
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) throw e;
            response.setStatus(409);
            JointPlan plan = plans.current(id);
            evaluationModel(model, id, plan, EvaluationForm.read(EvaluationRecorder.activeGoals(plan), form), List.of());
            model.addAttribute("problem", e.getReason());
            return "casework/evaluation";
        }
        if (outcome instanceof EvaluationRecorder.Outcome.Rejected rejected) {
            response.setStatus(422);
            evaluationModel(model, id, plans.current(id), rejected.form(), rejected.errors());
            return "casework/evaluation";
        }
        redirect.addFlashAttribute("notice", "casework.followup.evaluation.saved");
        return "redirect:" + caseLink(id);
    }

    private void evaluationModel(Model model, CaseId id, JointPlan plan, EvaluationForm form, List<FieldError> errors) {
        model.addAttribute("overview", overview(id));
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(FieldError::field).toList());
        model.addAttribute("progresses", GoalProgress.values());
        model.addAttribute("today", LocalDate.now(clock));
    }

    // --- closing ------------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/close")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    @Transactional
    String closing(@PathVariable UUID caseId, Model model) {
        CaseId id = new CaseId(caseId);
        closingModel(model, id, "", null, false, List.of());
        audit.record(AuditEventType.JOINT_PLAN_VIEWED, id, Map.of("page", "close"));
        return "casework/close";
    }

    @PostMapping("/cases/{caseId}/close")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String close(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String version,
            @RequestParam(defaultValue = "false") boolean leaveOpenActions, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        List<FieldError> errors;
        try {
            errors = closer.close(id, summary, version, leaveOpenActions);
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) throw e;
            response.setStatus(409);
            closingModel(model, id, summary, version, leaveOpenActions, List.of());
            model.addAttribute("problem", e.getReason());
            return "casework/close";
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            closingModel(model, id, summary, version, leaveOpenActions, errors);
            return "casework/close";
        }
        redirect.addFlashAttribute("notice", "casework.followup.close.done");
        return "redirect:/cases/" + id;
    }

    private void closingModel(Model model, CaseId id, String summary, String version, boolean leave,
            List<FieldError> errors) {
        CaseOverview overview = overview(id);
        JointPlan plan = plans.current(id);
        model.addAttribute("overview", overview);
        model.addAttribute("openActions", plan.openActions());
        model.addAttribute("summary", summary);
        model.addAttribute("version", version == null ? String.valueOf(overview.version()) : version);
        model.addAttribute("leaveOpenActions", leave);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(FieldError::field).toList());
        model.addAttribute("today", LocalDate.now(clock));
    }

    // --- way of working -----------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/mode")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    @Transactional
    String mode(@PathVariable UUID caseId, Model model) {
        CaseId id = new CaseId(caseId);
        modeModel(model, id, null, null);
        audit.record(AuditEventType.CASE_VIEWED, id, Map.of("page", "mode"));
        return "casework/mode";
    }

    @PostMapping("/cases/{caseId}/mode")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String changeMode(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String responsibleMember, @RequestParam(defaultValue = "") String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        CaseMode to;
        UUID member;
        try {
            to = CaseMode.valueOf(mode);
            member = responsibleMember.isBlank() ? null : UUID.fromString(responsibleMember);
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            modeModel(model, id, null, "casework.followup.mode.error.invalid");
            return "casework/mode";
        }
        Optional<String> refused;
        try {
            refused = modes.change(id, to, member, version);
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) throw e;
            response.setStatus(409);
            modeModel(model, id, null, e.getReason());
            return "casework/mode";
        }
        if (refused.isPresent()) {
            response.setStatus(422);
            modeModel(model, id, member, refused.get());
            return "casework/mode";
        }
        redirect.addFlashAttribute("notice", "casework.followup.mode.changed");
        // Handing the case to the family's coordination ends the responsible worker's own membership.
        return access.isPermitted(Action.WORK_ON_CASE, caseId) ? "redirect:/cases/" + id : "redirect:/cases/follow-up";
    }

    private void modeModel(Model model, CaseId id, UUID chosen, String problem) {
        CaseOverview overview = overview(id);
        model.addAttribute("overview", overview);
        model.addAttribute("target", overview.mode() == CaseMode.NETWORK ? CaseMode.FAMILY_COORDINATED : CaseMode.NETWORK);
        model.addAttribute("hasCoordinator", modePolicy.coordinator(id).isPresent());
        model.addAttribute("candidates", modePolicy.candidates(id));
        model.addAttribute("chosen", chosen);
        model.addAttribute("problem", problem);
    }
}
