package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.casework.CaseId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The family's consents, recorded by the network's coordinator on the family's behalf. Health care and
 * social care are separate scopes. Withdrawal takes effect at once: access is decided by
 * {@link fi.perhekeskus.access.CaseRules#CONSENT_IN_FORCE} on every request, and the case row lock
 * (see {@link CaseGuard}) makes a write that was already under way see the withdrawal.
 */
@Service
class Consents {

    static final List<String> SCOPES = OpenCaseController.SCOPES;

    /** {@code to} is {@code member:<id>} or {@code org:<name>}; {@code givenBy} is {@code person:<id>} or {@code named}. */
    record NewConsent(String to, String scope, String givenBy, String givenByName, String validUntil) {}

    private final JdbcClient jdbc;
    private final CaseGuard guard;
    private final CaseReader reader;
    private final CaseAudit audit;
    private final AccessControl access;
    private final Clock clock;

    Consents(JdbcClient jdbc, CaseGuard guard, CaseReader reader, CaseAudit audit, AccessControl access, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.reader = reader;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    List<Consent> of(CaseId caseId) {
        return jdbc.sql("""
                SELECT c.*, m.name AS member_name,
                       (c.withdrawn_at IS NULL AND (c.valid_until IS NULL OR c.valid_until >= current_date)) AS in_force
                FROM case_consent c LEFT JOIN case_member m ON m.id = c.member_id
                WHERE c.case_id = :c ORDER BY in_force DESC, c.given_at DESC""")
                .param("c", caseId.value())
                .query((rs, n) -> {
                    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
                    return new Consent(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                            rs.getString("member_name"), rs.getString("organisation"), rs.getString("scope"),
                            rs.getString("given_by"), rs.getTimestamp("given_at").toInstant(),
                            CaseReader.date(rs, "valid_until"), withdrawn == null ? null : withdrawn.toInstant(),
                            rs.getString("withdrawn_by"), rs.getBoolean("in_force"));
                })
                .list();
    }

    @Transactional
    UUID give(CaseId caseId, NewConsent in) {
        guard.lock(caseId, Action.COORDINATE_CASE);
        UUID memberId = null;
        String organisation = null;
        List<NetworkMember> members = reader.members(caseId);
        if (in.to() != null && in.to().startsWith("member:")) {
            UUID id = OpenCaseController.parseUuid(in.to().substring(7));
            NetworkMember m = members.stream().filter(x -> x.id().equals(id) && x.active()).findFirst()
                    .orElseThrow(() -> NetworkRefused.invalid("to", "casework.consent.error.to"));
            memberId = m.id();
        } else if (in.to() != null && in.to().startsWith("org:")) {
            String org = in.to().substring(4).strip();
            if (members.stream().noneMatch(m -> m.active() && org.equals(m.organisation()))) {
                throw NetworkRefused.invalid("to", "casework.consent.error.to");
            }
            organisation = org;
        } else {
            throw NetworkRefused.invalid("to", "casework.consent.error.to");
        }
        if (!SCOPES.contains(in.scope())) throw NetworkRefused.invalid("scope", "casework.consent.error.scope");
        UUID personId = null;
        String givenBy;
        if (in.givenBy() != null && in.givenBy().startsWith("person:")) {
            UUID id = OpenCaseController.parseUuid(in.givenBy().substring(7));
            FamilyPerson person = reader.people(caseId).stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> NetworkRefused.invalid("givenBy", "casework.consent.error.givenBy"));
            personId = person.id();
            givenBy = person.name();
        } else if ("named".equals(in.givenBy()) && in.givenByName() != null && !in.givenByName().isBlank()
                && in.givenByName().strip().length() <= 200) {
            givenBy = in.givenByName().strip();
        } else {
            throw NetworkRefused.invalid("givenBy", "casework.consent.error.givenBy");
        }
        LocalDate validUntil;
        try {
            validUntil = FormDates.parse(in.validUntil()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw NetworkRefused.invalid("validUntil", "casework.consent.error.date");
        }
        if (validUntil != null && validUntil.isBefore(LocalDate.now(clock))) {
            throw NetworkRefused.invalid("validUntil", "casework.consent.error.past");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_consent (id, case_id, member_id, organisation, scope, given_by, given_by_person_id,
                                          valid_until, recorded_by)
                VALUES (:id, :c, :m, :o, :s, :by, :person, :until, :rec)""")
                .param("id", id).param("c", caseId.value()).param("m", memberId).param("o", organisation)
                .param("s", in.scope()).param("by", givenBy).param("person", personId).param("until", validUntil)
                .param("rec", access.currentUser().map(u -> u.id().value()).orElse(null)).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consentId", id.toString());
        if (memberId != null) details.put("memberId", memberId.toString());
        if (organisation != null) details.put("organisation", organisation);
        details.put("scope", in.scope());
        audit.record(AuditEventType.CASE_CONSENT_GIVEN, caseId, details);
        return id;
    }

    /** Withdraws at once; withdrawing twice is told as a conflict. A consent of another case is 404. */
    @Transactional
    void withdraw(CaseId caseId, UUID consentId, String withdrawnBy) {
        guard.lockEvenIfClosed(caseId, Action.COORDINATE_CASE);
        var row = jdbc.sql("SELECT member_id, withdrawn_at IS NOT NULL AS withdrawn, given_by FROM case_consent WHERE id = :id AND case_id = :c")
                .param("id", consentId).param("c", caseId.value())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3)})
                .optional().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if ((Boolean) row[1]) throw NetworkRefused.conflict("consent", "casework.consent.error.alreadyWithdrawn");
        String by = withdrawnBy == null || withdrawnBy.isBlank() ? (String) row[2] : withdrawnBy.strip();
        if (by.length() > 200) throw NetworkRefused.invalid("withdrawnBy", "casework.network.error.tooLong");
        jdbc.sql("UPDATE case_consent SET withdrawn_at = now(), withdrawn_by = :by WHERE id = :id AND case_id = :c")
                .param("by", by).param("id", consentId).param("c", caseId.value()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consentId", consentId.toString());
        if (row[0] != null) details.put("memberId", row[0].toString());
        audit.record(AuditEventType.CASE_CONSENT_WITHDRAWN, caseId, details);
    }
}
