package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a case may change its way of working (seed 001: the family may coordinate its services itself with
 * a close worker's support). To the family's own coordination: there must be a coordinating close worker
 * with the family's consent in force, who then gets the reminders and coordinates. Back to the network: a
 * responsible worker is named — an active member with an account whose role is responsible worker or
 * client-guidance worker. Rejections are data: a message key.
 */
@Component
class ModeChangePolicy {

    /** Roles of the account that may take the responsible worker's role. */
    static final List<String> RESPONSIBLE_ROLES = List.of("RESPONSIBLE_WORKER", "CLIENT_GUIDANCE_WORKER");

    record Candidate(UUID memberId, String name, String title) {}

    private final JdbcClient jdbc;

    ModeChangePolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when allowed, otherwise the message key of the reason. */
    Optional<String> check(CaseId id, CaseMode from, CaseMode to, UUID responsibleMemberId) {
        if (from == to) return Optional.of("casework.followup.mode.error.same");
        if (to == CaseMode.FAMILY_COORDINATED) {
            return coordinator(id).isPresent() ? Optional.empty()
                    : Optional.of("casework.followup.mode.error.noCoordinator");
        }
        if (responsibleMemberId == null) return Optional.of("casework.followup.mode.error.responsibleRequired");
        return candidates(id).stream().anyMatch(c -> c.memberId().equals(responsibleMemberId)) ? Optional.empty()
                : Optional.of("casework.followup.mode.error.notCandidate");
    }

    /** The active coordinating close worker with the family's consent in force, if any. */
    Optional<UUID> coordinator(CaseId id) {
        return jdbc.sql("""
                SELECT m.id FROM case_member m WHERE m.case_id = :id AND m.ended_at IS NULL AND m.coordinating
                    AND m.user_id IS NOT NULL AND\s""" + CaseRules.CONSENT_IN_FORCE)
                .param("id", id.value()).query(UUID.class).optional();
    }

    /** Who may be named the responsible worker. */
    List<Candidate> candidates(CaseId id) {
        return jdbc.sql("""
                SELECT m.id, m.name, m.title FROM case_member m WHERE m.case_id = :id AND m.ended_at IS NULL
                    AND m.user_id IS NOT NULL
                    AND EXISTS (SELECT 1 FROM user_role r JOIN app_user u ON u.id = r.user_id
                                WHERE r.user_id = m.user_id AND u.enabled AND r.role IN (:roles))
                ORDER BY m.name""")
                .param("id", id.value()).param("roles", RESPONSIBLE_ROLES)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }
}
