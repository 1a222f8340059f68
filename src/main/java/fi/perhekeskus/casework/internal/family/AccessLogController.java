package fi.perhekeskus.casework.internal.family;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import fi.perhekeskus.casework.internal.CaseReader;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The access log of a case for the family (in its own view) and for the responsible worker (from the case
 * page). Reading the log is itself audited, so it shows in the log.
 */
@Controller
class AccessLogController {

    private final CaseAccessLog log;
    private final CaseReader reader;
    private final CaseAudit audit;
    private final AccessControl access;

    AccessLogController(CaseAccessLog log, CaseReader reader, CaseAudit audit, AccessControl access) {
        this.log = log;
        this.reader = reader;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/family/cases/{caseId}/access-log")
    @Authorized(value = Action.ACT_AS_FAMILY, target = "caseId")
    @Transactional
    String family(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int page, Model model) {
        return show(new CaseId(caseId), page, model, "family");
    }

    @GetMapping("/cases/{caseId}/access-log")
    @Authorized(value = Action.VIEW_CASE_ACCESS_LOG, target = "caseId")
    @Transactional
    String professional(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int page, Model model) {
        // A guardian reaching the professional path gets the family's page around it (breadcrumbs, wording).
        boolean guardian = access.isPermitted(Action.ACT_AS_FAMILY, caseId);
        return show(new CaseId(caseId), page, model, guardian ? "family" : "case");
    }

    private String show(CaseId id, int page, Model model, String view) {
        var overview = reader.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        UUID me = access.currentUser().orElseThrow().id().value();
        // Audited before reading, so that the reader sees their own reading in the log at once.
        audit.record(AuditEventType.CASE_ACCESS_LOG_VIEWED, id, Map.of("view", view, "page", page));
        model.addAttribute("overview", overview);
        model.addAttribute("log", log.page(id, me, page, CaseAccessLog.PAGE_SIZE));
        model.addAttribute("disclosures", log.disclosures(id, me));
        model.addAttribute("familyView", "family".equals(view));
        model.addAttribute("base", ("family".equals(view) ? "/family/cases/" : "/cases/") + id + "/access-log");
        model.addAttribute("zone", FamilyPageController.FINLAND);
        return "casework/family/access-log";
    }
}
