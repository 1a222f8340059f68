package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import fi.perhekeskus.casework.internal.CaseMode;
import fi.perhekeskus.casework.internal.CaseWrites;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Changes the way of working. To the family's own coordination the responsible worker's membership ends
 * (the mode has no responsible worker; the history keeps it); back to the network the named member
 * becomes the responsible worker (and stops being the coordinating close worker if they were).
 */
@Service
class ModeChanger {

    private final JdbcClient jdbc;
    private final CaseWrites writes;
    private final ModeChangePolicy policy;
    private final CaseAudit audit;

    ModeChanger(JdbcClient jdbc, CaseWrites writes, ModeChangePolicy policy, CaseAudit audit) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.policy = policy;
        this.audit = audit;
    }

    /** Empty when changed, otherwise the reason's message key. */
    @Transactional
    Optional<String> change(CaseId id, CaseMode to, UUID responsibleMemberId, String version) {
        int current = writes.requireOpen(id);
        if (!String.valueOf(current).equals(version)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "casework.followup.close.changed");
        }
        CaseMode from = CaseMode.valueOf(jdbc.sql("SELECT mode FROM client_case WHERE id = :id")
                .param("id", id.value()).query(String.class).single());
        Optional<String> refused = policy.check(id, from, to, responsibleMemberId);
        if (refused.isPresent()) return refused;
        if (to == CaseMode.FAMILY_COORDINATED) {
            jdbc.sql("""
                    UPDATE case_member SET ended_at = now(), end_reason = 'Perhe koordinoi itse lähityöntekijän tuella'
                    WHERE case_id = :id AND role = 'RESPONSIBLE_WORKER' AND ended_at IS NULL""")
                    .param("id", id.value()).update();
        } else {
            jdbc.sql("""
                    UPDATE case_member SET role = 'RESPONSIBLE_WORKER', coordinating = false
                    WHERE id = :m AND case_id = :id AND ended_at IS NULL""")
                    .param("m", responsibleMemberId).param("id", id.value()).update();
        }
        jdbc.sql("UPDATE client_case SET mode = :mode, version = version + 1 WHERE id = :id")
                .param("mode", to.name()).param("id", id.value()).update();
        audit.record(AuditEventType.CASE_MODE_CHANGED, id, responsibleMemberId == null
                ? Map.of("from", from.name(), "to", to.name())
                : Map.of("from", from.name(), "to", to.name(), "responsibleMember", responsibleMemberId.toString()));
        return Optional.empty();
    }
}
