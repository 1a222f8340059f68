package fi.perhekeskus.casework.internal.api;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import fi.perhekeskus.casework.internal.CaseOverview;
import fi.perhekeskus.casework.internal.CaseReader;
import fi.perhekeskus.casework.internal.CaseStage;
import fi.perhekeskus.casework.internal.FamilyPerson;
import fi.perhekeskus.casework.internal.JointPlan;
import fi.perhekeskus.casework.internal.MeetingReader;
import fi.perhekeskus.casework.internal.NetworkMember;
import fi.perhekeskus.casework.internal.PlanReader;
import fi.perhekeskus.casework.internal.family.CaseAccessLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cases API: the caller's cases, one case, its current joint plan and its access log. One case answers
 * 404 to anyone outside the family and the network members with a basis (the interceptor conceals it);
 * every read is audited with the channel "api".
 */
@RestController
@Tag(name = "Cases", description = "The family's client case, its network, joint plan and access log (members with a basis and guardians)")
class CaseApiController {

    static final int LOG_PAGE_SIZE = 100;
    private static final Map<String, String> API = Map.of("channel", "api");

    private final JdbcClient jdbc;
    private final CaseReader reader;
    private final PlanReader plans;
    private final MeetingReader meetings;
    private final CaseAccessLog accessLog;
    private final CaseAudit audit;
    private final AuditLog auditLog;
    private final AccessControl access;
    private final MessageSource messages;

    CaseApiController(JdbcClient jdbc, CaseReader reader, PlanReader plans, MeetingReader meetings,
            CaseAccessLog accessLog, CaseAudit audit, AuditLog auditLog, AccessControl access, MessageSource messages) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.plans = plans;
        this.meetings = meetings;
        this.accessLog = accessLog;
        this.audit = audit;
        this.auditLog = auditLog;
        this.access = access;
        this.messages = messages;
    }

    /** {@code role}: the caller's role in the case (a member role, or GUARDIAN). */
    record CaseItem(String id, String reference, String familyName, String area, String stage, String role,
            String followUpOn, String mode, String status) {}

    record CaseItems(List<CaseItem> cases) {}

    record Child(String firstName, Integer birthYear, String dueOn) {}

    record Guardian(String name) {}

    record Member(String id, String role, boolean coordinating, String task, String name, String title,
            String organisation, String phone, String email, boolean hasBasis) {}

    record Meeting(String id, String startsAt, String endsAt, String place, String videoLink) {}

    record CaseDetail(String id, String reference, String familyName, String area, String stage, String mode,
            String status, String language, String openedAt, String followUpOn, List<Child> children,
            List<Guardian> guardians, List<Member> members, List<Meeting> upcomingMeetings) {}

    record Goal(String key, String text, String status) {}

    /** {@code ownerRole}: the owner's member role, or FAMILY for a family member. */
    record PlanAction(String key, String goalKey, String text, String owner, String ownerRole, String dueOn, boolean done) {}

    record Plan(int version, String followUpOn, List<Goal> goals, List<PlanAction> actions) {}

    /** {@code actorRole}: the actor's role in the case (member role or GUARDIAN), SYSTEM, or null for others. */
    record LogEntry(String time, String actor, String actorRole, String event, String eventText) {}

    record AccessLog(List<LogEntry> entries, int page, int pages, int total) {}

    @GetMapping(path = "/api/v1/cases", produces = "application/json")
    @Authorized(Action.VIEW_OWN_CASES)
    @Transactional
    @Operation(summary = "My cases: those where I am a network member with a basis, and my family's as a guardian",
            description = "Filtered in the database by the same rules that decide access to one case.")
    CaseItems list() {
        UUID me = me();
        var items = jdbc.sql("""
                SELECT k.id, k.reference, k.family_name, a.name AS area_name, %s AS stage, k.follow_up_on, k.mode, k.status,
                       coalesce((SELECT m.role FROM case_member m WHERE m.case_id = k.id AND m.user_id = :userId
                                 AND m.ended_at IS NULL AND (m.role = 'RESPONSIBLE_WORKER' OR %s) LIMIT 1), 'GUARDIAN') AS role
                FROM client_case k JOIN family_centre_area a ON a.id = k.family_centre_area_id
                WHERE EXISTS (%s) OR EXISTS (%s)
                ORDER BY k.status DESC, k.follow_up_on NULLS LAST, k.reference"""
                .formatted(CaseStage.SQL, CaseRules.CONSENT_IN_FORCE,
                        CaseRules.forColumn(CaseRules.MEMBER_WITH_BASIS, "k.id"),
                        CaseRules.forColumn(CaseRules.GUARDIAN, "k.id")))
                .param("userId", me)
                .query((rs, n) -> new CaseItem(rs.getString("id"), rs.getString("reference"), rs.getString("family_name"),
                        rs.getString("area_name"), rs.getString("stage"), rs.getString("role"),
                        rs.getString("follow_up_on"), rs.getString("mode"), rs.getString("status")))
                .list();
        auditLog.recordList(AuditEventType.CASE_LIST_VIEWED, items.stream().map(CaseItem::id).toList(),
                Map.of("channel", "api"));
        return new CaseItems(items);
    }

    @GetMapping(path = "/api/v1/cases/{id}", produces = "application/json")
    @Authorized(value = Action.VIEW_CASE, target = "id")
    @Transactional
    @Operation(summary = "One case: its head, children (first names, birth year or due date), guardians, active network members and upcoming meetings",
            description = "404 unless you are a network member with a valid basis or a guardian of the family.")
    CaseDetail read(@PathVariable UUID id) {
        CaseId caseId = new CaseId(id);
        CaseOverview o = reader.overview(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var members = reader.members(caseId).stream().filter(NetworkMember::active)
                .map(m -> new Member(m.id().toString(), m.role().name(), m.coordinating(), m.task(), m.name(), m.title(),
                        m.organisation(), m.phone(), m.email(), m.hasBasis()))
                .toList();
        var upcoming = meetings.upcoming(caseId).stream()
                .map(m -> new Meeting(m.id().toString(), m.startsAt().toString(), m.endsAt().toString(), m.place(),
                        m.videoLink()))
                .toList();
        audit.record(AuditEventType.CASE_VIEWED, caseId, API);
        return new CaseDetail(id.toString(), o.reference(), o.familyName(), o.areaName(), o.stage().name(),
                o.mode().name(), o.closed() ? "CLOSED" : "OPEN", o.language(), o.openedAt().toString(),
                str(o.followUpOn()), o.children().stream().map(CaseApiController::child).toList(),
                o.guardians().stream().map(g -> new Guardian(g.name())).toList(), members, upcoming);
    }

    @GetMapping(path = "/api/v1/cases/{id}/plan", produces = "application/json")
    @Authorized(value = Action.VIEW_CASE, target = "id")
    @Transactional
    @Operation(summary = "The current joint plan: goals, agreed actions with their one owner and due date, next follow-up",
            description = "Before the first confirmed joint record the plan is empty: version 0, no follow-up date, "
                    + "empty lists (200, not 404, so that a 404 always means no access).")
    Plan plan(@PathVariable UUID id) {
        CaseId caseId = new CaseId(id);
        JointPlan plan = plans.current(caseId);
        audit.record(AuditEventType.JOINT_PLAN_VIEWED, caseId, API);
        return new Plan(plan.version(), str(plan.followUpOn()),
                plan.goals().stream().map(g -> new Goal(g.key().toString(), g.text(), g.status())).toList(),
                plan.actions().stream().map(a -> new PlanAction(a.key().toString(),
                        a.goalKey() == null ? null : a.goalKey().toString(), a.text(), a.ownerName(),
                        a.ownerRole() == null ? "FAMILY" : a.ownerRole(), str(a.dueOn()), a.done())).toList());
    }

    @GetMapping(path = "/api/v1/cases/{id}/access-log", produces = "application/json")
    @Authorized(value = Action.VIEW_CASE_ACCESS_LOG, target = "id")
    @Transactional
    @Operation(summary = "Who has read or changed the case's data, newest first (asiakastietolaki 703/2023)",
            description = "For the family (guardians) and the responsible worker; 404 for others. Pages of 100 "
                    + "entries, page 0 the newest. eventText is in the language asked (?lang=fi|sv|en).")
    AccessLog log(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Locale locale) {
        CaseId caseId = new CaseId(id);
        audit.record(AuditEventType.CASE_ACCESS_LOG_VIEWED, caseId, Map.of("channel", "api", "page", page));
        var p = accessLog.page(caseId, me(), page, LOG_PAGE_SIZE);
        String system = messages.getMessage("casework.accessLog.system", null, locale);
        return new AccessLog(p.entries().stream().map(e -> new LogEntry(e.time().toString(),
                        e.actor().system() ? system : e.actor().name(),
                        e.actor().system() ? "SYSTEM" : e.actor().role(), e.event().name(),
                        messages.getMessage("audit.event." + e.event().name(), null, e.event().name(), locale)))
                .toList(), p.page(), p.pages(), p.total());
    }

    private static Child child(FamilyPerson p) {
        String first = p.name().strip().split("\\s+")[0];
        return new Child(first, p.bornOn() == null ? null : p.bornOn().getYear(), p.expected() ? p.dueOn().toString() : null);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private UUID me() {
        return access.currentUser().orElseThrow().id().value();
    }
}
