package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The joint plan page, its earlier versions, marking an action done, and the plan as PDF. */
@Controller
class PlanController {

    private final PlanReader plans;
    private final PlanDocuments documents;
    private final PlanPdf pdf;
    private final CaseReader cases;
    private final CaseAudit audit;
    private final AccessControl access;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanController(PlanReader plans, PlanDocuments documents, PlanPdf pdf, CaseReader cases, CaseAudit audit,
            AccessControl access, JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.documents = documents;
        this.pdf = pdf;
        this.cases = cases;
        this.audit = audit;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/plan")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    @Transactional
    String plan(@PathVariable UUID caseId, Model model) {
        CaseId id = new CaseId(caseId);
        model.addAttribute("overview", cases.overview(id).orElseThrow(MeetingController::notFound));
        JointPlan plan = plans.current(id);
        model.addAttribute("plan", plan);
        model.addAttribute("versions", documents.versions(id));
        model.addAttribute("today", LocalDate.now(clock.withZone(MeetingInput.HELSINKI)));
        model.addAttribute("zone", MeetingInput.HELSINKI);
        audit.record(AuditEventType.JOINT_PLAN_VIEWED, id, Map.of("version", plan.version()));
        return "casework/plan";
    }

    @GetMapping("/cases/{caseId}/plan/versions/{versionNo}")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    @Transactional
    String version(@PathVariable UUID caseId, @PathVariable int versionNo, Model model) {
        CaseId id = new CaseId(caseId);
        PlanDocument version = documents.ofVersion(id, versionNo).orElseThrow(MeetingController::notFound);
        model.addAttribute("overview", cases.overview(id).orElseThrow(MeetingController::notFound));
        model.addAttribute("version", version);
        model.addAttribute("zone", MeetingInput.HELSINKI);
        model.addAttribute("recordId", documents.versions(id).stream().filter(v -> v.versionNo() == versionNo)
                .findFirst().map(PlanDocuments.Version::recordId).orElse(null));
        audit.record(AuditEventType.JOINT_PLAN_VIEWED, id, Map.of("version", versionNo));
        return "casework/plan-version";
    }

    @PostMapping("/cases/{caseId}/plan/actions/{actionKey}/done")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    @Transactional
    String done(@PathVariable UUID caseId, @PathVariable UUID actionKey, RedirectAttributes redirect) {
        CaseWrites.requireOpen(jdbc, new CaseId(caseId));
        CaseId id = new CaseId(caseId);
        String text = jdbc.sql("SELECT text FROM plan_action WHERE action_key = :k AND case_id = :c")
                .param("k", actionKey).param("c", caseId).query(String.class).optional()
                .orElseThrow(MeetingController::notFound);
        int updated = jdbc.sql("""
                UPDATE plan_action SET done_at = :now, done_by = :by WHERE action_key = :k AND case_id = :c AND done_at IS NULL""")
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("by", access.currentUser().map(u -> u.id().value()).orElse(null))
                .param("k", actionKey).param("c", caseId).update();
        // Pressing twice is harmless: the second press finds it done and says so.
        if (updated > 0) audit.record(AuditEventType.PLAN_ACTION_DONE, id, Map.of("action", actionKey.toString()));
        redirect.addFlashAttribute("notice", "casework.plan.actionDone");
        redirect.addFlashAttribute("noticeArg", text);
        return "redirect:/cases/" + caseId + "/plan";
    }

    @GetMapping("/cases/{caseId}/plan.pdf")
    @Authorized(value = Action.VIEW_CASE, target = "caseId")
    @Transactional
    ResponseEntity<byte[]> pdf(@PathVariable UUID caseId, @RequestParam(defaultValue = "fi") String lang) {
        CaseId id = new CaseId(caseId);
        if (!PlanPdf.LANGUAGES.contains(lang)) throw MeetingController.notFound();
        CaseOverview overview = cases.overview(id).orElseThrow(MeetingController::notFound);
        // A guardian who is not also a member with a basis gets no plan made from a record hidden from guardians.
        boolean guardianOnly = !access.isPermitted(Action.WORK_ON_CASE, caseId);
        PlanDocument plan = documents.forReader(id, guardianOnly);
        byte[] bytes = pdf.render(overview, cases.members(id), plan, lang,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        audit.record(AuditEventType.JOINT_PLAN_PDF_DOWNLOADED, id, Map.of("language", lang, "version", plan.versionNo()));
        String fileName = "yhteinen-suunnitelma-" + overview.reference() + "-" + lang + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
