package fi.perhekeskus.casework.internal;

import fi.perhekeskus.casework.CaseId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which plan a reader gets in writing. Network members get the current plan. A guardian never gets a plan
 * made from a record the child did not want shown to a guardian: they get the latest plan version whose
 * record is not hidden, built from that record (so none of the hidden record's content shows).
 */
@Component
public class PlanDocuments {

    public record Version(int versionNo, Instant madeAt, java.time.LocalDate followUpOn, UUID recordId, boolean hidden) {}

    private final JdbcClient jdbc;
    private final PlanReader plans;
    private final JointRecords records;

    PlanDocuments(JdbcClient jdbc, PlanReader plans, JointRecords records) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.records = records;
    }

    List<Version> versions(CaseId id) {
        return jdbc.sql("""
                SELECT v.version_no, v.created_at, v.follow_up_on, v.record_id, r.hidden_from_guardians
                FROM joint_plan_version v JOIN joint_record r ON r.id = v.record_id
                WHERE v.case_id = :c ORDER BY v.version_no DESC""")
                .param("c", id.value())
                .query((rs, n) -> new Version(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        CaseReader.date(rs, "follow_up_on"), rs.getObject(4, UUID.class), rs.getBoolean(5)))
                .list();
    }

    PlanDocument forReader(CaseId id, boolean guardianOnly) {
        List<Version> versions = versions(id);
        if (versions.isEmpty()) return none();
        if (!guardianOnly || !versions.getFirst().hidden()) return current(id);
        Optional<Version> visible = versions.stream().filter(v -> !v.hidden()).findFirst();
        return visible.map(v -> ofVersion(id, v.versionNo()).orElse(none())).orElse(none());
    }

    PlanDocument current(CaseId id) {
        JointPlan plan = plans.current(id);
        return new PlanDocument(plan.version(), plan.updatedAt(), plan.followUpOn(),
                plan.goals().stream().filter(g -> "ACTIVE".equals(g.status())).map(JointPlan.Goal::text).toList(),
                plan.actions().stream().map(a -> new PlanDocument.Item(a.text(), a.ownerName(),
                        a.ownerRole() == null ? null : "casework.role." + a.ownerRole(), a.dueOn(), a.done())).toList());
    }

    /** A plan version as agreed then, from the record it was made of (read-only history). */
    Optional<PlanDocument> ofVersion(CaseId id, int versionNo) {
        return records.ofPlanVersion(id, versionNo).map(r -> {
            Map<String, JointRecords.Owner> owners = records.allOwners(id);
            Timestamp madeAt = jdbc.sql("SELECT created_at FROM joint_plan_version WHERE case_id = :c AND version_no = :n")
                    .param("c", id.value()).param("n", versionNo).query(Timestamp.class).single();
            return new PlanDocument(versionNo, madeAt.toInstant(), r.draft().followUpDate(),
                    r.draft().goals().stream().map(RecordDraft.GoalRow::text).toList(),
                    r.draft().actions().stream().map(a -> {
                        JointRecords.Owner o = owners.get(a.owner());
                        return new PlanDocument.Item(a.text(), o == null ? "–" : o.name(),
                                o == null || a.owner().startsWith("p:") ? null : o.roleKey(), RecordDraft.date(a.due()), false);
                    }).toList());
        });
    }

    private static PlanDocument none() {
        return new PlanDocument(0, null, null, List.of(), List.of());
    }
}
