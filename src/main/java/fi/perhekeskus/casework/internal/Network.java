package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Role;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.directory.KeyPersonDirectory;
import fi.perhekeskus.platform.Notifications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a family's network by its coordinator: add a member (a colleague with an account, a
 * directory professional without one, or someone of the family's own circle), change a task, end a
 * membership, set the coordinating close worker, hand the responsible worker's role over. Each change
 * locks the case, checks COORDINATE_CASE again and {@link NetworkMembershipPolicy}, and is audited.
 */
@Service
class Network {

    static final Set<String> SECTORS = Set.of("SOCIAL_CARE", "HEALTH_CARE", "EDUCATION", "OTHER");

    /** What the coordinator entered; {@code who} is {@code user:<id>}, {@code pro:<id>} or {@code circle}. */
    record NewMember(String who, MemberRole role, String sector, String name, String relation, String phone,
            String email, String task, boolean namedByFamily, boolean coordinating) {}

    private final JdbcClient jdbc;
    private final CaseReader reader;
    private final CaseGuard guard;
    private final CaseAudit audit;
    private final UserAccounts users;
    private final KeyPersonDirectory directory;
    private final Notifications notifications;
    private final AccessControl access;

    Network(JdbcClient jdbc, CaseReader reader, CaseGuard guard, CaseAudit audit, UserAccounts users,
            KeyPersonDirectory directory, Notifications notifications, AccessControl access) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.guard = guard;
        this.audit = audit;
        this.users = users;
        this.directory = directory;
        this.notifications = notifications;
        this.access = access;
    }

    @Transactional
    UUID add(CaseId caseId, NewMember in) {
        guard.lock(caseId, Action.COORDINATE_CASE);
        CaseOverview overview = reader.overview(caseId).orElseThrow();
        UUID userId = null;
        UUID professionalId = null;
        String name;
        String title;
        String organisation = null;
        String phone;
        String email;
        String sector;
        boolean circle = "circle".equals(in.who());
        if (circle) {
            name = in.name();
            title = blankToNull(in.relation());
            phone = blankToNull(in.phone());
            email = blankToNull(in.email());
            sector = "FAMILY_CIRCLE";
        } else if (in.who() != null && in.who().startsWith("user:")) {
            userId = uuid(in.who().substring(5));
            var profile = userId == null ? null : users.workProfile(new UserId(userId)).orElse(null);
            Set<Role> roles = userId == null ? Set.of() : users.roles(new UserId(userId));
            if (profile == null || roles.isEmpty() || roles.equals(Set.of(Role.FAMILY_MEMBER))) {
                throw NetworkRefused.invalid("who", "casework.network.error.who");
            }
            name = profile.displayName();
            title = profile.title();
            organisation = profile.organisation();
            phone = null;
            email = profile.email();
            sector = sector(in.sector());
        } else if (in.who() != null && in.who().startsWith("pro:")) {
            UUID id = uuid(in.who().substring(4));
            var professional = id == null ? null : directory.professional(id).orElse(null);
            if (professional == null) throw NetworkRefused.invalid("who", "casework.network.error.who");
            professionalId = professional.id();
            userId = professional.user() == null ? null : professional.user().value();
            name = professional.name();
            title = professional.title();
            organisation = professional.organisation();
            phone = professional.phone();
            email = professional.email();
            sector = sector(in.sector());
        } else {
            throw NetworkRefused.invalid("who", "casework.network.error.who");
        }
        Set<Role> roles = userId == null ? Set.of() : users.roles(new UserId(userId));
        var candidate = new NetworkMembershipPolicy.Candidate(in.role(), in.coordinating(), userId, professionalId, name,
                in.task(), circle, roles);
        NetworkMembershipPolicy.check(candidate, overview.mode(), reader.members(caseId)).ifPresent(r -> {
            throw new NetworkRefused(r);
        });
        if (!circle && phone == null && email == null && userId == null && professionalId == null) {
            throw NetworkRefused.invalid("who", "casework.network.error.who");
        }
        UUID memberId = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO case_member (id, case_id, role, coordinating, user_id, professional_id, name, title,
                                             organisation, sector, phone, email, task, named_by_family, added_by)
                    VALUES (:id, :c, :role, :coordinating, :u, :p, :name, :title, :org, :sector, :phone, :email,
                            :task, :named, :by)""")
                    .param("id", memberId).param("c", caseId.value()).param("role", in.role().name())
                    .param("coordinating", in.coordinating()).param("u", userId).param("p", professionalId)
                    .param("name", name.strip()).param("title", title).param("org", organisation).param("sector", sector)
                    .param("phone", phone).param("email", email).param("task", in.task().strip())
                    .param("named", in.namedByFamily()).param("by", actor()).update();
        } catch (DuplicateKeyException e) {
            // Two coordinators added the same person at the same moment: the second is told, nothing saved.
            throw NetworkRefused.conflict("who", "casework.network.error.alreadyMember");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("memberId", memberId.toString());
        details.put("role", in.role().name());
        details.put("coordinating", in.coordinating());
        audit.record(AuditEventType.CASE_MEMBER_ADDED, caseId, details);
        if (userId != null) {
            // The reference, never the family's name: the notification may go out by email.
            notifications.notify(userId, "CASE_MEMBER_ADDED", "casework.network.notification.added",
                    List.of(overview.reference()), "/cases/" + caseId);
        }
        return memberId;
    }

    @Transactional
    void changeTask(CaseId caseId, UUID memberId, String task) {
        guard.lock(caseId, Action.COORDINATE_CASE);
        NetworkMember member = active(caseId, memberId);
        if (task == null || task.isBlank()) throw NetworkRefused.invalid("task", "casework.network.error.task");
        if (task.strip().length() > 2000) throw NetworkRefused.invalid("task", "casework.network.error.tooLong");
        jdbc.sql("UPDATE case_member SET task = :t WHERE id = :m AND case_id = :c")
                .param("t", task.strip()).param("m", member.id()).param("c", caseId.value()).update();
        audit.record(AuditEventType.CASE_MEMBER_CHANGED, caseId, Map.of("memberId", memberId.toString(), "change", "task"));
    }

    @Transactional
    void end(CaseId caseId, UUID memberId, String reason) {
        guard.lock(caseId, Action.COORDINATE_CASE);
        NetworkMember member = member(caseId, memberId);
        NetworkMembershipPolicy.checkEnd(member, reason).ifPresent(r -> {
            throw new NetworkRefused(r);
        });
        jdbc.sql("UPDATE case_member SET ended_at = now(), end_reason = :r WHERE id = :m AND case_id = :c AND ended_at IS NULL")
                .param("r", reason.strip()).param("m", memberId).param("c", caseId.value()).update();
        audit.record(AuditEventType.CASE_MEMBER_ENDED, caseId, Map.of("memberId", memberId.toString()));
    }

    @Transactional
    void setCoordinating(CaseId caseId, UUID memberId) {
        guard.lock(caseId, Action.COORDINATE_CASE);
        NetworkMember member = member(caseId, memberId);
        NetworkMembershipPolicy.checkCoordinating(member).ifPresent(r -> {
            throw new NetworkRefused(r);
        });
        jdbc.sql("UPDATE case_member SET coordinating = false WHERE case_id = :c AND coordinating AND ended_at IS NULL")
                .param("c", caseId.value()).update();
        jdbc.sql("UPDATE case_member SET coordinating = true WHERE id = :m AND case_id = :c")
                .param("m", memberId).param("c", caseId.value()).update();
        audit.record(AuditEventType.CASE_MEMBER_CHANGED, caseId,
                Map.of("memberId", memberId.toString(), "change", "coordinating"));
    }

    /** The current responsible worker's membership ends; the member becomes the responsible worker. */
    @Transactional
    void handOver(CaseId caseId, UUID memberId) {
        guard.lock(caseId, Action.COORDINATE_CASE);
        CaseOverview overview = reader.overview(caseId).orElseThrow();
        NetworkMember to = member(caseId, memberId);
        Set<Role> roles = to.userId() == null ? Set.of() : users.roles(new UserId(to.userId()));
        NetworkMembershipPolicy.checkHandOver(to, roles, overview.mode()).ifPresent(r -> {
            throw new NetworkRefused(r);
        });
        List<NetworkMember> previous = reader.members(caseId).stream()
                .filter(m -> m.active() && m.role() == MemberRole.RESPONSIBLE_WORKER).toList();
        for (NetworkMember p : previous) {
            jdbc.sql("UPDATE case_member SET ended_at = now(), end_reason = :r WHERE id = :m")
                    .param("r", "Vastuu siirretty: " + to.name()).param("m", p.id()).update();
            audit.record(AuditEventType.CASE_MEMBER_ENDED, caseId,
                    Map.of("memberId", p.id().toString(), "change", "handed-over"));
        }
        jdbc.sql("UPDATE case_member SET role = 'RESPONSIBLE_WORKER', coordinating = false WHERE id = :m AND case_id = :c")
                .param("m", memberId).param("c", caseId.value()).update();
        audit.record(AuditEventType.CASE_MEMBER_CHANGED, caseId,
                Map.of("memberId", memberId.toString(), "change", "responsible-worker"));
        notifications.notify(to.userId(), "CASE_RESPONSIBLE_HANDED_OVER", "casework.network.notification.handedOver",
                List.of(overview.reference()), "/cases/" + caseId);
    }

    /** A member of THIS case; another case's member id is 404 like an unknown one. */
    NetworkMember member(CaseId caseId, UUID memberId) {
        return reader.members(caseId).stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private NetworkMember active(CaseId caseId, UUID memberId) {
        NetworkMember m = member(caseId, memberId);
        if (!m.active()) throw NetworkRefused.conflict("member", "casework.network.error.alreadyEnded");
        return m;
    }

    private UUID actor() {
        return access.currentUser().map(u -> u.id().value()).orElse(null);
    }

    private static String sector(String s) {
        return SECTORS.contains(s) ? s : "SOCIAL_CARE";
    }

    private static UUID uuid(String s) {
        return OpenCaseController.parseUuid(s);
    }

    private static String blankToNull(String s) {
        return OpenCaseController.blankToNull(s);
    }
}
