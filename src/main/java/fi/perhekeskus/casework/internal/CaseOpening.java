package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.casework.CaseId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a client case in one transaction: the case, its children and guardians, and the opener's own
 * membership — the responsible worker (NETWORK) or the coordinating close worker with the family's
 * consent (FAMILY_COORDINATED). A guardian whose email is that of exactly one family account is linked
 * to it (the family's own view).
 */
@Service
class CaseOpening {

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final CaseAudit audit;

    CaseOpening(JdbcClient jdbc, UserAccounts users, CaseAudit audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** The case a form key already opened (a double click), if any. */
    Optional<CaseId> openedWith(UUID openingKey) {
        return jdbc.sql("SELECT case_id FROM case_opening_key WHERE key = :k").param("k", openingKey)
                .query(UUID.class).optional().map(CaseId::new);
    }

    /**
     * Opens the case; when the form key was used already, returns the case that opened instead (the
     * second of two concurrent submissions waits on the key's row and then finds it).
     */
    @Transactional
    CaseId open(NewCase c, UserId opener, String channel) {
        UUID id = UUID.randomUUID();
        if (c.openingKey() != null) {
            var existing = openedWith(c.openingKey());
            if (existing.isPresent()) return existing.get();
        }
        jdbc.sql("""
                INSERT INTO client_case (id, family_name, family_centre_area_id, language, mode, basis, basis_note,
                                         help_request_id, opened_by)
                VALUES (:id, :name, :area, :language, :mode, :basis, :note, :help, :opener)""")
                .param("id", id).param("name", c.familyName()).param("area", c.areaId())
                .param("language", c.language()).param("mode", c.mode().name()).param("basis", c.basis().name())
                .param("note", c.basisNote()).param("help", c.helpRequestId()).param("opener", opener.value())
                .update();
        if (c.openingKey() != null) {
            int claimed = jdbc.sql("""
                    INSERT INTO case_opening_key (key, case_id, opened_by) VALUES (:k, :c, :u) ON CONFLICT DO NOTHING""")
                    .param("k", c.openingKey()).param("c", id).param("u", opener.value()).update();
            if (claimed == 0) throw new AlreadyOpened(openedWith(c.openingKey()).orElseThrow());
        }
        int position = 0;
        for (NewCase.Child child : c.children()) {
            jdbc.sql("""
                    INSERT INTO case_person (id, case_id, kind, name, born_on, due_on, relation, position)
                    VALUES (:id, :c, 'CHILD', :n, :b, :d, :r, :p)""")
                    .param("r", child.approximate() ? NewCase.APPROXIMATE_BIRTH_DATE : null)
                    .param("id", UUID.randomUUID()).param("c", id).param("n", child.name())
                    .param("b", child.bornOn()).param("d", child.dueOn()).param("p", position++).update();
        }
        UUID firstGuardian = null;
        for (NewCase.Guardian g : c.guardians()) {
            UUID personId = UUID.randomUUID();
            if (firstGuardian == null) firstGuardian = personId;
            UUID account = users.familyAccountByEmail(g.email()).map(UserId::value).orElse(null);
            jdbc.sql("""
                    INSERT INTO case_person (id, case_id, kind, name, phone, email, user_id, position)
                    VALUES (:id, :c, 'GUARDIAN', :n, :ph, :e, :u, :p)""")
                    .param("id", personId).param("c", id).param("n", g.name()).param("ph", g.phone())
                    .param("e", g.email()).param("u", account).param("p", position++).update();
        }
        UUID memberId = UUID.randomUUID();
        var profile = users.workProfile(opener).orElseThrow();
        boolean familyMode = c.mode() == CaseMode.FAMILY_COORDINATED;
        jdbc.sql("""
                INSERT INTO case_member (id, case_id, role, coordinating, user_id, name, title, organisation, sector,
                                         email, task, added_by)
                VALUES (:id, :c, :role, :coordinating, :u, :n, :t, :o, 'SOCIAL_CARE', :e, :task, :u)""")
                .param("id", memberId).param("c", id)
                .param("role", familyMode ? MemberRole.CLOSE_WORKER.name() : MemberRole.RESPONSIBLE_WORKER.name())
                .param("coordinating", familyMode).param("u", opener.value()).param("n", profile.displayName())
                .param("t", profile.title()).param("o", profile.organisation()).param("e", profile.email())
                .param("task", c.openerTask()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", c.mode().name());
        details.put("basis", c.basis().name());
        details.put("channel", channel);
        details.put("memberId", memberId.toString());
        if (familyMode) {
            UUID consentId = UUID.randomUUID();
            String guardianName = c.guardians().get(0).name();
            jdbc.sql("""
                    INSERT INTO case_consent (id, case_id, member_id, scope, given_by, given_by_person_id, recorded_by)
                    VALUES (:id, :c, :m, :s, :by, :person, :u)""")
                    .param("id", consentId).param("c", id).param("m", memberId).param("s", c.consentScope())
                    .param("by", guardianName).param("person", firstGuardian).param("u", opener.value()).update();
            details.put("consentId", consentId.toString());
        }
        CaseId caseId = new CaseId(id);
        if (c.helpRequestId() != null) details.put("helpRequestId", c.helpRequestId().toString());
        if ("help-request".equals(channel)) {
            audit.recordAs(opener, AuditEventType.CASE_OPENED, caseId, details);
        } else {
            audit.record(AuditEventType.CASE_OPENED, caseId, details);
        }
        return caseId;
    }

    /** The form key was claimed by a concurrent submission: roll this one back and go to that case. */
    static final class AlreadyOpened extends RuntimeException {
        final CaseId caseId;

        AlreadyOpened(CaseId caseId) {
            super(null, null, false, false);
            this.caseId = caseId;
        }
    }
}
