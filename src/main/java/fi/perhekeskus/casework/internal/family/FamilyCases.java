package fi.perhekeskus.casework.internal.family;

import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseStage;
import fi.perhekeskus.casework.internal.CaseWrites;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the family's own view reads and writes besides the shared readers: the guardian's cases, the
 * family's own views before a meeting and the family's consents. Rows are always looked up with the case
 * id in the WHERE clause, so that an id of another family's row finds nothing.
 */
@Repository
public class FamilyCases {

    private final JdbcClient jdbc;

    FamilyCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record FamilyCase(UUID id, String reference, String familyName, String areaName, CaseStage stage,
            boolean closed) {}

    /** The cases where the user is a guardian, filtered in SQL by the same rule as ACT_AS_FAMILY. */
    public List<FamilyCase> ofGuardian(UUID userId) {
        return jdbc.sql("""
                SELECT k.id, k.reference, k.family_name, a.name AS area_name, k.status, %s AS stage
                FROM client_case k JOIN family_centre_area a ON a.id = k.family_centre_area_id
                WHERE EXISTS (%s) ORDER BY k.status DESC, k.opened_at DESC"""
                .formatted(CaseStage.SQL, CaseRules.forColumn(CaseRules.GUARDIAN, "k.id")))
                .param("userId", userId)
                .query((rs, n) -> new FamilyCase(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("family_name"), rs.getString("area_name"),
                        CaseStage.valueOf(rs.getString("stage")), "CLOSED".equals(rs.getString("status"))))
                .list();
    }

    /** The guardian row of the user in the case (the name consents are given with). */
    public Optional<Guardian> guardian(CaseId caseId, UUID userId) {
        return jdbc.sql("""
                SELECT id, name FROM case_person WHERE case_id = :c AND user_id = :u AND kind = 'GUARDIAN'
                ORDER BY position LIMIT 1""")
                .param("c", caseId.value()).param("u", userId)
                .query((rs, n) -> new Guardian(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    public record Guardian(UUID personId, String name) {}

    // ---- The family's own view before a meeting

    public record OwnView(UUID id, UUID meetingId, String authorName, boolean fromChild, String text, Instant createdAt) {}

    /** The views guardians may see: never those hidden from guardians (the child's prohibition). */
    public List<OwnView> viewsForGuardians(CaseId caseId) {
        return jdbc.sql("""
                SELECT id, meeting_id, author_name, from_child, text, created_at FROM family_view
                WHERE case_id = :c AND NOT hidden_from_guardians ORDER BY created_at DESC, id""")
                .param("c", caseId.value())
                .query((rs, n) -> new OwnView(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                        rs.getString("author_name"), rs.getBoolean("from_child"), rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Stores a view once per submission key; answers whether this call stored it (false: a repeated form). */
    public boolean addView(CaseId caseId, UUID meetingId, UUID authorId, String authorName, boolean fromChild,
            String text, UUID submissionKey) {
        CaseWrites.requireOpen(jdbc, caseId);
        return jdbc.sql("""
                INSERT INTO family_view (id, case_id, meeting_id, author_user_id, author_name, from_child, text, submission_key)
                VALUES (:id, :c, :m, :a, :n, :child, :t, :k) ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("c", caseId.value()).param("m", meetingId).param("a", authorId)
                .param("n", authorName).param("child", fromChild).param("t", text).param("k", submissionKey)
                .update() == 1;
    }

    // ---- Consents

    public enum Scope { SOCIAL_CARE, HEALTH_CARE, EDUCATION, OTHER }

    /**
     * A consent of the family: to a member (name, organisation) or to a whole organisation. {@code inForce}
     * is false once withdrawn or past its last day.
     */
    public record Consent(UUID id, UUID memberId, String memberName, String memberOrganisation, String organisation,
            Scope scope, String givenBy, Instant givenAt, LocalDate validUntil, Instant withdrawnAt, String withdrawnBy,
            boolean inForce) {

        /** The day it was given, in Finland. */
        public LocalDate givenOn() {
            return givenAt.atZone(java.time.ZoneId.of("Europe/Helsinki")).toLocalDate();
        }

        /** Whom the consent is to, as shown to the family. */
        public String recipient() {
            if (memberId == null) return organisation;
            return memberOrganisation == null || memberOrganisation.isBlank() ? memberName
                    : memberName + " (" + memberOrganisation + ")";
        }
    }

    public List<Consent> consents(CaseId caseId) {
        return jdbc.sql("""
                SELECT c.*, m.name AS member_name, m.organisation AS member_organisation,
                       (c.withdrawn_at IS NULL AND (c.valid_until IS NULL OR c.valid_until >= current_date)) AS in_force
                FROM case_consent c LEFT JOIN case_member m ON m.id = c.member_id
                WHERE c.case_id = :c ORDER BY in_force DESC, c.given_at DESC, c.id""")
                .param("c", caseId.value())
                .query((rs, n) -> {
                    Date until = rs.getDate("valid_until");
                    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
                    return new Consent(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                            rs.getString("member_name"), rs.getString("member_organisation"),
                            rs.getString("organisation"), Scope.valueOf(rs.getString("scope")),
                            rs.getString("given_by"), rs.getTimestamp("given_at").toInstant(),
                            until == null ? null : until.toLocalDate(), withdrawn == null ? null : withdrawn.toInstant(),
                            rs.getString("withdrawn_by"), rs.getBoolean("in_force"));
                })
                .list();
    }

    public Optional<Consent> consent(CaseId caseId, UUID consentId) {
        return consents(caseId).stream().filter(c -> c.id().equals(consentId)).findFirst();
    }

    /** An active professional member of this case (own circle members are not users and need no consent). */
    public Optional<String> consentableMemberName(CaseId caseId, UUID memberId) {
        return jdbc.sql("""
                SELECT name FROM case_member WHERE id = :m AND case_id = :c AND ended_at IS NULL AND role <> 'OWN_CIRCLE'""")
                .param("m", memberId).param("c", caseId.value()).query(String.class).optional();
    }

    public boolean consentInForce(CaseId caseId, UUID memberId, Scope scope) {
        return jdbc.sql("""
                SELECT count(*) FROM case_consent WHERE case_id = :c AND member_id = :m AND scope = :s
                AND withdrawn_at IS NULL AND (valid_until IS NULL OR valid_until >= current_date)""")
                .param("c", caseId.value()).param("m", memberId).param("s", scope.name())
                .query(Long.class).single() > 0;
    }

    public UUID giveConsent(CaseId caseId, UUID memberId, Scope scope, Guardian by, UUID recordedBy) {
        CaseWrites.requireOpen(jdbc, caseId);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_consent (id, case_id, member_id, scope, given_by, given_by_person_id, recorded_by)
                VALUES (:id, :c, :m, :s, :by, :p, :u)""")
                .param("id", id).param("c", caseId.value()).param("m", memberId).param("s", scope.name())
                .param("by", by.name()).param("p", by.personId()).param("u", recordedBy).update();
        return id;
    }

    /** Withdraws at once; answers false when the consent was already withdrawn (a repeated click). */
    public boolean withdraw(CaseId caseId, UUID consentId, String by) {
        return jdbc.sql("""
                UPDATE case_consent SET withdrawn_at = now(), withdrawn_by = :by
                WHERE id = :id AND case_id = :c AND withdrawn_at IS NULL""")
                .param("by", by).param("id", consentId).param("c", caseId.value()).update() == 1;
    }
}
