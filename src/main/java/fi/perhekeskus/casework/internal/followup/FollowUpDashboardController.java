package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The responsible worker's follow-up dashboard: overdue actions and follow-ups due in the cases the caller
 * coordinates, and the actions the caller owns. Every case shown is named in the view's audit row (CASE_LIST_VIEWED),
 * so the family's access log tells that it appeared on the worker's list.
 */
@Controller
class FollowUpDashboardController {

    private final FollowUpDashboard dashboard;
    private final AccessControl access;
    private final CaseAudit audit;
    private final Clock clock;

    FollowUpDashboardController(FollowUpDashboard dashboard, AccessControl access, CaseAudit audit, Clock clock) {
        this.dashboard = dashboard;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/cases/follow-up")
    @Authorized(Action.VIEW_OWN_CASES)
    @Transactional
    String show(Model model) {
        UUID user = access.currentUser().orElseThrow().id().value();
        LocalDate today = LocalDate.now(clock);
        var overdue = dashboard.overdueActions(user, today);
        var followUps = dashboard.followUps(user, today);
        var own = dashboard.ownActions(user, today);
        model.addAttribute("overdue", overdue);
        model.addAttribute("followUps", followUps);
        model.addAttribute("own", own);
        model.addAttribute("horizon", FollowUpDashboard.FOLLOW_UP_HORIZON_DAYS);
        Set<UUID> shown = new LinkedHashSet<>();
        Stream.concat(Stream.concat(overdue.stream().map(FollowUpDashboard.ActionRow::caseId),
                followUps.stream().map(FollowUpDashboard.FollowUpRow::caseId)),
                own.stream().map(FollowUpDashboard.ActionRow::caseId)).forEach(shown::add);
        audit.recordList(AuditEventType.CASE_LIST_VIEWED, shown.stream().map(CaseId::new).toList(), Map.of("list", "follow-up"));
        return "casework/follow-up-dashboard";
    }
}
