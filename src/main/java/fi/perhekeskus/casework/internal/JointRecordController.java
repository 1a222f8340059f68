package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The joint record page (yhteiskirjaamispohja): drafting during the meeting, confirming, correcting.
 * The form posts to the page's own address, so after an expired session the person comes back here.
 */
@Controller
class JointRecordController {

    /** The rules of the network meeting shown at the top of every record (seed 004 huoneentaulu). */
    static final List<String> RULES = List.of("turns", "childFirst", "things", "confidential", "ownPart",
            "whoWhatWhen", "followUp");

    private final JointRecordService service;
    private final JointRecords records;
    private final CaseReader cases;
    private final CaseAudit audit;
    private final AccessControl access;

    JointRecordController(JointRecordService service, JointRecords records, CaseReader cases, CaseAudit audit,
            AccessControl access) {
        this.service = service;
        this.records = records;
        this.cases = cases;
        this.audit = audit;
        this.access = access;
    }

    @PostMapping("/cases/{caseId}/meetings/{meetingId}/record")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String startFromMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId, Locale locale) {
        UUID recordId = service.startFromMeeting(new CaseId(caseId), meetingId, userId(), locale)
                .orElseThrow(MeetingController::notFound);
        return "redirect:/cases/" + caseId + "/records/" + recordId;
    }

    @PostMapping("/cases/{caseId}/records/new")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String startWithoutMeeting(@PathVariable UUID caseId, Locale locale) {
        UUID recordId = service.startWithoutMeeting(new CaseId(caseId), userId(), locale);
        return "redirect:/cases/" + caseId + "/records/" + recordId;
    }

    @GetMapping("/cases/{caseId}/records/{recordId}")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    @Transactional
    String show(@PathVariable UUID caseId, @PathVariable UUID recordId, Model model) {
        CaseId id = new CaseId(caseId);
        JointRecord record = records.find(id, recordId).orElseThrow(MeetingController::notFound);
        audit.record(AuditEventType.JOINT_RECORD_VIEWED, id, Map.of("record", recordId.toString()));
        return page(id, record, record.draft(), Map.of(), null, model);
    }

    /** Saves the draft; the record's version tells whether someone else saved or confirmed it meanwhile. */
    @PostMapping("/cases/{caseId}/records/{recordId}")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String save(@PathVariable UUID caseId, @PathVariable UUID recordId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        JointRecord record = records.find(id, recordId).orElseThrow(MeetingController::notFound);
        RecordDraft draft = RecordDraft.from(form);
        if (record.confirmed()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, record, draft, Map.of(), "casework.record.conflict.confirmed", model);
        }
        Map<String, String> errors = draft.draftErrors(owners(id));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, record, draft, errors, null, model);
        }
        var saved = service.save(id, recordId, draft);
        if (saved.isEmpty()) {
            JointRecord now = records.find(id, recordId).orElseThrow();
            response.setStatus(HttpStatus.CONFLICT.value());
            // The person's own text stays on the page; saving again replaces the other version knowingly.
            return page(id, now, draft.withVersion(now.draft().version()), Map.of(),
                    now.confirmed() ? "casework.record.conflict.confirmed" : "casework.record.conflict.saved", model);
        }
        redirect.addFlashAttribute("notice", "casework.record.saved");
        redirect.addFlashAttribute("savedRecord", recordId.toString());
        return "redirect:/cases/" + caseId + "/records/" + recordId;
    }

    /** Confirms the record with the text on the page, through {@link ConfirmationPolicy}. */
    @PostMapping("/cases/{caseId}/records/{recordId}/confirm")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String confirm(@PathVariable UUID caseId, @PathVariable UUID recordId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        JointRecord record = records.find(id, recordId).orElseThrow(MeetingController::notFound);
        RecordDraft draft = RecordDraft.from(form);
        if (record.confirmed()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, record, draft, Map.of(), "casework.record.conflict.confirmed", model);
        }
        Map<String, String> errors = new LinkedHashMap<>(draft.draftErrors(owners(id)));
        for (var v : ConfirmationPolicy.check(draft, service.today())) errors.putIfAbsent(v.field(), v.messageKey());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, record, draft, errors, null, model);
        }
        var result = service.confirm(id, record.id(), draft, userId());
        if (result.outcome() == JointRecordService.Outcome.CONFLICT) {
            JointRecord now = records.find(id, record.id()).orElseThrow();
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, now, draft.withVersion(now.draft().version()), Map.of(),
                    now.confirmed() ? "casework.record.conflict.confirmed" : "casework.record.conflict.saved", model);
        }
        redirect.addFlashAttribute("notice", "casework.record.confirmed");
        redirect.addFlashAttribute("savedRecord", record.id().toString());
        return "redirect:/cases/" + id + "/records/" + record.id();
    }

    @GetMapping("/cases/{caseId}/records/{recordId}/correct")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String correctForm(@PathVariable UUID caseId, @PathVariable UUID recordId, Model model) {
        CaseId id = new CaseId(caseId);
        JointRecord record = records.find(id, recordId).filter(JointRecord::confirmed)
                .orElseThrow(MeetingController::notFound);
        model.addAttribute("overview", cases.overview(id).orElseThrow());
        model.addAttribute("record", record);
        model.addAttribute("reason", "");
        audit.record(AuditEventType.JOINT_RECORD_VIEWED, id, Map.of("record", recordId.toString(), "page", "correct"));
        model.addAttribute("errors", Map.of());
        return "casework/record-correct";
    }

    @PostMapping("/cases/{caseId}/records/{recordId}/correct")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    String correct(@PathVariable UUID caseId, @PathVariable UUID recordId,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        CaseId id = new CaseId(caseId);
        JointRecord record = records.find(id, recordId).filter(JointRecord::confirmed)
                .orElseThrow(MeetingController::notFound);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 2000) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("overview", cases.overview(id).orElseThrow());
            model.addAttribute("record", record);
            model.addAttribute("reason", r);
            model.addAttribute("errors", Map.of("reason", r.isEmpty() ? "casework.record.error.reason" : "casework.record.error.tooLong"));
            return "casework/record-correct";
        }
        UUID correction = service.correct(id, recordId, r, userId()).orElseThrow(MeetingController::notFound);
        return "redirect:/cases/" + caseId + "/records/" + correction;
    }

    private String page(CaseId id, JointRecord record, RecordDraft shown, Map<String, String> errors, String conflict,
            Model model) {
        model.addAttribute("overview", cases.overview(id).orElseThrow(MeetingController::notFound));
        model.addAttribute("record", record);
        model.addAttribute("draft", shown);
        model.addAttribute("zone", MeetingInput.HELSINKI);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("rules", RULES);
        var owners = records.owners(id);
        model.addAttribute("owners", owners);
        model.addAttribute("ownerNames", records.allOwners(id).values().stream()
                .collect(Collectors.toMap(JointRecords.Owner::value, JointRecords.Owner::name)));
        model.addAttribute("goalTexts", shown.goals().stream().collect(Collectors.toMap(RecordDraft.GoalRow::key,
                RecordDraft.GoalRow::text, (a, b) -> a)));
        model.addAttribute("editable", !record.confirmed());
        model.addAttribute("canConfirm", access.isPermitted(Action.COORDINATE_CASE, id.value()));
        model.addAttribute("superseded", record.supersedes() == null ? null : records.find(id, record.supersedes()).orElse(null));
        return "casework/record";
    }

    private Set<String> owners(CaseId id) {
        return records.owners(id).stream().map(JointRecords.Owner::value).collect(Collectors.toSet());
    }

    private UUID userId() {
        return access.currentUser().map(u -> u.id().value()).orElse(null);
    }
}
