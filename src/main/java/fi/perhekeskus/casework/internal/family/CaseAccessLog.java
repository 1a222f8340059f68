package fi.perhekeskus.casework.internal.family;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseReader;
import fi.perhekeskus.casework.internal.FamilyPerson;
import fi.perhekeskus.casework.internal.NetworkMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The family's access log (asiakastietolaki 703/2023): who has read or changed the case's data, when and
 * what, from the audit trail of the case; and what was disclosed to whom, from the data itself (consents,
 * members who got access) and from the trail (plan PDFs downloaded). Callers check the action and audit the read.
 */
@Component
public class CaseAccessLog {

    /** Rows per page: long logs are paged, newest first. */
    public static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final UserAccounts accounts;
    private final CaseReader reader;
    private final FamilyCases cases;

    CaseAccessLog(AuditLog audit, UserAccounts accounts, CaseReader reader, FamilyCases cases) {
        this.audit = audit;
        this.accounts = accounts;
        this.reader = reader;
        this.cases = cases;
    }

    /**
     * Who did it. {@code system} for the platform's own work (reminders); {@code self} for the reader's own
     * actions; {@code role} is the actor's role in this case: a member role name or {@code GUARDIAN}.
     */
    public record Actor(UUID id, boolean system, boolean self, String name, String title, String organisation,
            String role) {}

    public record Entry(Instant time, Actor actor, AuditEventType event) {}

    public record Page(List<Entry> entries, int page, int pages, int total) {
        public boolean hasPrevious() { return page > 0; }
        public boolean hasNext() { return page + 1 < pages; }
    }

    /** One disclosure: {@code kind} CONSENT, MEMBER or PDF; {@code scope} and {@code withdrawnAt} for consents. */
    public record Disclosure(String kind, Instant at, String to, String role, String scope, Instant withdrawnAt) {}

    /** The page {@code page} (0 = newest) of the case's trail, as read by {@code reader}. */
    public Page page(CaseId caseId, UUID readerId, int page, int size) {
        var trail = new ArrayList<>(audit.trail(caseId.toString()));
        java.util.Collections.reverse(trail);
        int total = trail.size();
        int pages = Math.max(1, (total + size - 1) / size);
        int p = Math.clamp(page, 0, pages - 1);
        var slice = trail.subList(Math.min(p * size, total), Math.min((p + 1) * size, total));
        var actors = new Actors(caseId, readerId);
        return new Page(slice.stream().map(e -> new Entry(e.time(), actors.of(e.actorId()), e.type())).toList(),
                p, pages, total);
    }

    /** What was disclosed to whom, newest first. */
    public List<Disclosure> disclosures(CaseId caseId, UUID readerId) {
        List<Disclosure> all = new ArrayList<>();
        for (var c : cases.consents(caseId)) {
            all.add(new Disclosure("CONSENT", c.givenAt(), c.recipient(), null, c.scope().name(), c.withdrawnAt()));
        }
        for (NetworkMember m : reader.members(caseId)) {
            String to = m.organisation() == null || m.organisation().isBlank() ? m.name()
                    : m.name() + " (" + m.organisation() + ")";
            all.add(new Disclosure("MEMBER", m.addedAt(), to, m.role().name(), null, null));
        }
        var actors = new Actors(caseId, readerId);
        for (var e : audit.trail(caseId.toString())) {
            if (e.type() != AuditEventType.JOINT_PLAN_PDF_DOWNLOADED) continue;
            Actor a = actors.of(e.actorId());
            all.add(new Disclosure("PDF", e.time(), a.name(), a.role(), null, null));
        }
        all.sort(Comparator.comparing(Disclosure::at).reversed());
        return all;
    }

    /** Resolves actors once per log: the case's members and guardians, and the accounts' work profiles. */
    private final class Actors {
        private final UUID readerId;
        private final Map<UUID, String> roleInCase = new HashMap<>();
        private final Map<UUID, String> guardianName = new HashMap<>();
        private final Map<UUID, Actor> resolved = new HashMap<>();

        Actors(CaseId caseId, UUID readerId) {
            this.readerId = readerId;
            // Active memberships come first in CaseReader.members, so a current role wins over an ended one.
            for (NetworkMember m : reader.members(caseId)) {
                if (m.userId() != null) roleInCase.putIfAbsent(m.userId(), m.role().name());
            }
            for (FamilyPerson p : reader.people(caseId)) {
                if (p.userId() != null && p.kind() == FamilyPerson.Kind.GUARDIAN) {
                    roleInCase.put(p.userId(), "GUARDIAN");
                    guardianName.put(p.userId(), p.name());
                }
            }
        }

        Actor of(UUID actorId) {
            if (actorId == null) return new Actor(null, true, false, null, null, null, null);
            return resolved.computeIfAbsent(actorId, id -> {
                Optional<UserAccounts.WorkProfile> profile = accounts.workProfile(new UserId(id));
                String role = roleInCase.get(id);
                String name = guardianName.getOrDefault(id, profile.map(UserAccounts.WorkProfile::displayName).orElse(null));
                boolean guardian = "GUARDIAN".equals(role);
                return new Actor(id, false, id.equals(readerId), name,
                        guardian ? null : profile.map(UserAccounts.WorkProfile::title).orElse(null),
                        guardian ? null : profile.map(UserAccounts.WorkProfile::organisation).orElse(null), role);
            });
        }
    }
}
