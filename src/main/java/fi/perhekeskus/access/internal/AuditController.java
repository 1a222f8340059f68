package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEvent;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log for administrators: a page, the JSON API and the chain check. Reading it is audited too. */
@Controller
class AuditController {

    private final AuditQueries queries;
    private final AuditLog audit;

    AuditController(AuditQueries queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    @Authorized(Action.READ_AUDIT_LOG)
    @Transactional
    String page(@RequestParam(defaultValue = "100") int limit, Model model) {
        model.addAttribute("events", read(limit));
        model.addAttribute("verification", queries.verify());
        return "access/audit";
    }

    @GetMapping("/api/v1/audit-events")
    @Authorized(Action.READ_AUDIT_LOG)
    @ResponseBody
    @Transactional
    List<AuditEvent> api(@RequestParam(defaultValue = "100") int limit) {
        return read(limit);
    }

    @GetMapping("/api/v1/audit-events/verify")
    @Authorized(Action.VERIFY_AUDIT_LOG)
    @ResponseBody
    @Transactional
    AuditQueries.ChainVerification verify() {
        var result = queries.verify();
        audit.record(AuditEventType.AUDIT_CHAIN_VERIFIED, null,
                result.valid() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                Map.of("checked", result.checked()));
        return result;
    }

    private List<AuditEvent> read(int limit) {
        List<AuditEvent> events = queries.newest(limit);
        audit.record(AuditEventType.AUDIT_LOG_READ, null, AuditOutcome.SUCCESS, Map.of("limit", limit));
        return events;
    }
}
