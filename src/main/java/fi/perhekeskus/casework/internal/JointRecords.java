package fi.perhekeskus.casework.internal;

import fi.perhekeskus.casework.CaseId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores joint records with their goals and actions. Every lookup carries the case id, so a record id of
 * another case is simply not found. Drafts are guarded by {@code version}; confirmed rows are immutable in
 * the database itself (trigger in V18).
 */
@Repository
public class JointRecords {

    /** A choice of action owner: "m:&lt;member&gt;" or "p:&lt;person&gt;". */
    public record Owner(String value, String name, String roleKey) {}

    private final JdbcClient jdbc;

    JointRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<JointRecord> ofCase(CaseId id) {
        return jdbc.sql(SELECT + " WHERE r.case_id = :c ORDER BY r.created_at DESC")
                .param("c", id.value()).query(this::row).list();
    }

    Optional<JointRecord> find(CaseId id, UUID recordId) {
        return jdbc.sql(SELECT + " WHERE r.case_id = :c AND r.id = :r")
                .param("c", id.value()).param("r", recordId).query(this::row).optional();
    }

    /** The record a plan version was made from. */
    Optional<JointRecord> ofPlanVersion(CaseId id, int versionNo) {
        return jdbc.sql(SELECT + " WHERE r.case_id = :c AND v.version_no = :n")
                .param("c", id.value()).param("n", versionNo).query(this::row).optional();
    }

    /** The newest draft or confirmed record of a meeting (not its superseded corrections). */
    Optional<UUID> ofMeeting(CaseId id, UUID meetingId) {
        return jdbc.sql("""
                SELECT r.id FROM joint_record r WHERE r.case_id = :c AND r.meeting_id = :m
                AND NOT EXISTS (SELECT 1 FROM joint_record n WHERE n.supersedes = r.id)
                ORDER BY r.created_at DESC LIMIT 1""")
                .param("c", id.value()).param("m", meetingId).query(UUID.class).optional();
    }

    Optional<UUID> correctionOf(UUID recordId) {
        return jdbc.sql("SELECT id FROM joint_record WHERE supersedes = :r").param("r", recordId).query(UUID.class).optional();
    }

    /** The owners an action may be given to now: active members and the family's people. */
    List<Owner> owners(CaseId id) {
        return owners(id, true);
    }

    /** Every owner ever (ended members too), for showing the names of earlier versions. */
    Map<String, Owner> allOwners(CaseId id) {
        Map<String, Owner> out = new LinkedHashMap<>();
        owners(id, false).forEach(o -> out.put(o.value(), o));
        return out;
    }

    private List<Owner> owners(CaseId id, boolean activeOnly) {
        List<Owner> out = new ArrayList<>();
        out.addAll(jdbc.sql("""
                SELECT 'm:' || id, name, 'casework.role.' || role FROM case_member WHERE case_id = :c
                AND (ended_at IS NULL OR NOT :active)
                ORDER BY array_position(ARRAY['RESPONSIBLE_WORKER','CLOSE_WORKER','NETWORK_MEMBER','OWN_CIRCLE'], role), name""")
                .param("c", id.value()).param("active", activeOnly)
                .query((rs, n) -> new Owner(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        out.addAll(jdbc.sql("""
                SELECT 'p:' || id, name, 'casework.meeting.person.' || kind FROM case_person WHERE case_id = :c
                ORDER BY position, name""")
                .param("c", id.value()).query((rs, n) -> new Owner(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        return out;
    }

    UUID create(CaseId id, UUID meetingId, UUID supersedes, String reason, RecordDraft draft, UUID by) {
        UUID recordId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO joint_record (id, case_id, meeting_id, supersedes, correction_reason, drafted_by)
                VALUES (:id, :c, :m, :s, :reason, :by)""")
                .param("id", recordId).param("c", id.value()).param("m", meetingId).param("s", supersedes)
                .param("reason", reason).param("by", by).update();
        writeContent(id, recordId, draft, 0);
        return recordId;
    }

    /**
     * Writes the draft's content if nobody saved or confirmed it since {@code draft.version()}; returns the
     * new version, or empty when the record moved on (the caller answers 409 and shows the text back).
     */
    Optional<Integer> save(CaseId id, UUID recordId, RecordDraft draft) {
        return writeContent(id, recordId, draft, draft.version()) ? Optional.of(draft.version() + 1) : Optional.empty();
    }

    /** Marks a record whose content was just written in this transaction confirmed. */
    void markConfirmed(UUID recordId, UUID by, Instant at) {
        jdbc.sql("UPDATE joint_record SET status = 'CONFIRMED', confirmed_at = :at, confirmed_by = :by WHERE id = :r")
                .param("at", at.atOffset(java.time.ZoneOffset.UTC)).param("by", by).param("r", recordId).update();
    }

    private boolean writeContent(CaseId id, UUID recordId, RecordDraft d, int expectedVersion) {
        int updated = jdbc.sql("""
                UPDATE joint_record SET participants = :participants, child_view = :childView,
                       child_summary = :childSummary, family_view = :familyView, strengths = :strengths,
                       concerns = :concerns, until_next = :untilNext, follow_up_on = :followUp,
                       hidden_from_guardians = :hidden, updated_at = now(), version = version + 1
                WHERE id = :r AND case_id = :c AND status = 'DRAFT' AND version = :v""")
                .param("participants", d.participants()).param("childView", d.childView())
                .param("childSummary", d.childSummary()).param("familyView", d.familyView())
                .param("strengths", d.strengths()).param("concerns", d.concerns()).param("untilNext", d.untilNext())
                .param("followUp", d.followUpDate() == null ? null : Date.valueOf(d.followUpDate()))
                .param("hidden", d.hiddenFromGuardians()).param("r", recordId).param("c", id.value())
                .param("v", expectedVersion).update();
        if (updated == 0) return false;
        jdbc.sql("DELETE FROM joint_record_action WHERE record_id = :r").param("r", recordId).update();
        jdbc.sql("DELETE FROM joint_record_goal WHERE record_id = :r").param("r", recordId).update();
        Map<String, UUID> goalKeys = new LinkedHashMap<>();
        int position = 0;
        for (RecordDraft.GoalRow g : d.goals()) {
            UUID key = ownKey("plan_goal", "goal_key", g.key(), id);
            goalKeys.put(g.key(), key);
            jdbc.sql("INSERT INTO joint_record_goal (id, record_id, position, text, goal_key) VALUES (:id, :r, :p, :t, :k)")
                    .param("id", UUID.randomUUID()).param("r", recordId).param("p", position++).param("t", g.text())
                    .param("k", key).update();
        }
        position = 0;
        for (RecordDraft.ActionRow a : d.actions()) {
            UUID owner = UUID.fromString(a.owner().substring(2));
            jdbc.sql("""
                    INSERT INTO joint_record_action (id, record_id, position, goal_key, text, owner_member_id,
                        owner_person_id, due_on, action_key) VALUES (:id, :r, :p, :g, :t, :m, :person, :due, :k)""")
                    .param("id", UUID.randomUUID()).param("r", recordId).param("p", position++)
                    .param("g", a.goal() == null ? null : goalKeys.get(a.goal())).param("t", a.text())
                    .param("m", a.owner().startsWith("m:") ? owner : null)
                    .param("person", a.owner().startsWith("p:") ? owner : null)
                    .param("due", Date.valueOf(RecordDraft.date(a.due())))
                    .param("k", ownKey("plan_action", "action_key", a.key(), id)).update();
        }
        return true;
    }

    /** A key from the form is kept unless another case's plan already uses it (a forged key gets a new one). */
    private UUID ownKey(String table, String column, String key, CaseId id) {
        UUID k = UUID.fromString(key);
        boolean foreign = jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :k AND case_id <> :c")
                .param("k", k).param("c", id.value()).query(Integer.class).single() > 0;
        return foreign ? UUID.randomUUID() : k;
    }

    private static final String SELECT = """
            SELECT r.*, m.starts_at AS meeting_starts_at, u.display_name AS confirmed_by_name,
                   (SELECT n.id FROM joint_record n WHERE n.supersedes = r.id) AS superseded_by, v.version_no
            FROM joint_record r LEFT JOIN case_meeting m ON m.id = r.meeting_id
            LEFT JOIN app_user u ON u.id = r.confirmed_by
            LEFT JOIN joint_plan_version v ON v.record_id = r.id""";

    private JointRecord row(ResultSet rs, int n) throws SQLException {
        UUID recordId = rs.getObject("id", UUID.class);
        var goals = jdbc.sql("SELECT goal_key, text FROM joint_record_goal WHERE record_id = :r ORDER BY position")
                .param("r", recordId)
                .query((g, i) -> new RecordDraft.GoalRow(g.getString(1), g.getString(2))).list();
        var actions = jdbc.sql("""
                SELECT action_key, text, CASE WHEN owner_member_id IS NOT NULL THEN 'm:' || owner_member_id
                       ELSE 'p:' || owner_person_id END AS owner, due_on, goal_key
                FROM joint_record_action WHERE record_id = :r ORDER BY position""")
                .param("r", recordId)
                .query((a, i) -> new RecordDraft.ActionRow(a.getString(1), a.getString(2), a.getString(3),
                        a.getDate(4).toLocalDate().toString(), a.getString(5))).list();
        LocalDate followUp = CaseReader.date(rs, "follow_up_on");
        var draft = new RecordDraft(rs.getString("participants"), rs.getString("child_view"),
                rs.getString("child_summary"), rs.getString("family_view"), rs.getString("strengths"),
                rs.getString("concerns"), rs.getString("until_next"), followUp == null ? null : followUp.toString(),
                rs.getBoolean("hidden_from_guardians"), goals, actions, rs.getInt("version"));
        Timestamp meetingStart = rs.getTimestamp("meeting_starts_at");
        Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
        int versionNo = rs.getInt("version_no");
        Integer planVersion = rs.wasNull() ? null : versionNo;
        return new JointRecord(recordId, rs.getObject("meeting_id", UUID.class),
                meetingStart == null ? null : meetingStart.toInstant(), rs.getString("status"),
                rs.getObject("supersedes", UUID.class), rs.getObject("superseded_by", UUID.class),
                rs.getString("correction_reason"), rs.getTimestamp("created_at").toInstant(),
                confirmedAt == null ? null : confirmedAt.toInstant(), rs.getString("confirmed_by_name"),
                planVersion, draft);
    }
}
