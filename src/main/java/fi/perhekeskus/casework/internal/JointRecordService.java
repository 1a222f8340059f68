package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.platform.Notifications;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a joint record: a draft started from a meeting (prefilled with its participants, the views
 * the family wrote before it and the plan's current goals and open actions), saved under a version guard,
 * confirmed once, corrected by a new version with a reason. Confirming makes the next joint plan version
 * in the same transaction.
 */
@Service
class JointRecordService {

    enum Outcome { DONE, CONFLICT }

    record Confirmed(Outcome outcome, int planVersion) {}

    private final JdbcClient jdbc;
    private final JointRecords records;
    private final NetworkMeetings meetings;
    private final PlanReader plans;
    private final CaseReader cases;
    private final CaseAudit audit;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    JointRecordService(JdbcClient jdbc, JointRecords records, NetworkMeetings meetings, PlanReader plans,
            CaseReader cases, CaseAudit audit, Notifications notifications, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.meetings = meetings;
        this.plans = plans;
        this.cases = cases;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(MeetingInput.HELSINKI));
    }

    /** The meeting's record, or a new prefilled draft for it; empty when the meeting is not this case's. */
    @Transactional
    Optional<UUID> startFromMeeting(CaseId id, UUID meetingId, UUID by, java.util.Locale locale) {
        CaseWrites.requireOpen(jdbc, id);
        var details = meetings.details(id, meetingId);
        if (details.isEmpty()) return Optional.empty();
        var existing = records.ofMeeting(id, meetingId);
        if (existing.isPresent()) return existing;
        jdbc.sql("SELECT id FROM client_case WHERE id = :c FOR UPDATE").param("c", id.value()).query(UUID.class).single();
        existing = records.ofMeeting(id, meetingId); // a double click waited on the lock above
        if (existing.isPresent()) return existing;
        var d = details.get();
        StringBuilder participants = new StringBuilder();
        for (var a : d.participants()) {
            participants.append(participantLine(a.name(), messages.getMessage(a.role(), null, locale), a.organisation(),
                    a.phone(), a.email(), messages.getMessage("casework.meeting.attendance." + a.attendance(), null, locale)));
        }
        UUID recordId = records.create(id, meetingId, null, null,
                prefill(id, participants.toString(), d.meeting().startsAt()), by);
        audit.record(AuditEventType.JOINT_RECORD_DRAFT_SAVED, id, Map.of("record", recordId.toString(),
                "meeting", meetingId.toString(), "started", true));
        return Optional.of(recordId);
    }

    /** A record without a meeting (e.g. written together by phone): participants are the active network. */
    @Transactional
    UUID startWithoutMeeting(CaseId id, UUID by, java.util.Locale locale) {
        CaseWrites.requireOpen(jdbc, id);
        StringBuilder participants = new StringBuilder();
        for (var m : cases.members(id)) {
            if (!m.active()) continue;
            participants.append(participantLine(m.name(), messages.getMessage(m.role().messageKey(), null, locale),
                    m.organisation(), m.phone(), m.email(), null));
        }
        UUID recordId = records.create(id, null, null, null, prefill(id, participants.toString(), clock.instant()), by);
        audit.record(AuditEventType.JOINT_RECORD_DRAFT_SAVED, id, Map.of("record", recordId.toString(), "started", true));
        return recordId;
    }

    private static String participantLine(String name, String role, String organisation, String phone, String email,
            String attendance) {
        List<String> parts = new ArrayList<>(List.of(name, role));
        if (organisation != null) parts.add(organisation);
        if (phone != null) parts.add(phone);
        if (email != null) parts.add(email);
        if (attendance != null) parts.add(attendance);
        return String.join(", ", parts) + "\n";
    }

    /** The views written by the family before the meeting, and the plan's active goals and open actions. */
    private RecordDraft prefill(CaseId id, String participants, Instant before) {
        Instant since = jdbc.sql("SELECT coalesce(max(confirmed_at), 'epoch'::timestamptz) FROM joint_record WHERE case_id = :c AND status = 'CONFIRMED'")
                .param("c", id.value()).query(Timestamp.class).single().toInstant();
        StringBuilder child = new StringBuilder();
        StringBuilder family = new StringBuilder();
        boolean[] hidden = {false};
        jdbc.sql("""
                SELECT author_name, from_child, text, hidden_from_guardians FROM family_view
                WHERE case_id = :c AND created_at > :since AND created_at <= :before ORDER BY created_at""")
                .param("c", id.value()).param("since", since.atOffset(java.time.ZoneOffset.UTC)).param("before", before.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> {
                    (rs.getBoolean("from_child") ? child : family).append(rs.getString("author_name")).append(": ")
                            .append(rs.getString("text")).append("\n\n");
                    // The child's wish not to show their words to a guardian carries over to the record.
                    if (rs.getBoolean("hidden_from_guardians")) hidden[0] = true;
                    return 0;
                }).list();
        JointPlan plan = plans.current(id);
        var goals = plan.goals().stream().filter(g -> "ACTIVE".equals(g.status()))
                .map(g -> new RecordDraft.GoalRow(g.key().toString(), g.text())).toList();
        var actions = plan.openActions().stream().map(a -> new RecordDraft.ActionRow(a.key().toString(), a.text(),
                a.ownerMemberId() != null ? "m:" + a.ownerMemberId() : "p:" + a.ownerPersonId(), a.dueOn().toString(),
                a.goalKey() == null ? null : a.goalKey().toString())).toList();
        return new RecordDraft(participants.isBlank() ? null : participants.strip(), blank(child), null, blank(family),
                null, null, null, null, hidden[0], goals, actions, 0);
    }

    private static String blank(StringBuilder sb) {
        return sb.isEmpty() ? null : sb.toString().strip();
    }

    @Transactional
    Optional<Integer> save(CaseId id, UUID recordId, RecordDraft draft) {
        CaseWrites.requireOpen(jdbc, id);
        var saved = records.save(id, recordId, draft);
        saved.ifPresent(v -> audit.record(AuditEventType.JOINT_RECORD_DRAFT_SAVED, id,
                Map.of("record", recordId.toString(), "version", v)));
        return saved;
    }

    /**
     * Writes the final text and confirms, only if the draft is still the one this person saw (status DRAFT and
     * the same version): of two browsers confirming at once one wins; the other gets CONFLICT, nothing written.
     */
    @Transactional
    Confirmed confirm(CaseId id, UUID recordId, RecordDraft draft, UUID by) {
        CaseWrites.requireOpen(jdbc, id);
        if (records.save(id, recordId, draft).isEmpty()) return new Confirmed(Outcome.CONFLICT, 0);
        Instant now = clock.instant();
        records.markConfirmed(recordId, by, now);
        JointRecord record = records.find(id, recordId).orElseThrow();
        int planVersion = updatePlan(id, record);
        if (record.meetingId() != null) {
            jdbc.sql("UPDATE case_meeting SET status = 'HELD', version = version + 1 WHERE id = :m AND case_id = :c AND status <> 'CANCELLED'")
                    .param("m", record.meetingId()).param("c", id.value()).update();
        }
        audit.record(AuditEventType.JOINT_RECORD_CONFIRMED, id, Map.of("record", recordId.toString(),
                "planVersion", planVersion, "goals", draft.goals().size(), "actions", draft.actions().size()));
        notifyNetwork(id, planVersion);
        return new Confirmed(Outcome.DONE, planVersion);
    }

    /**
     * The joint plan after a confirmed record: a new version; goals and actions upserted by their keys.
     * Goals the record no longer has are DROPPED (kept: evaluations refer to them); open actions it no longer
     * has are removed from the plan (the confirmed records keep them); done actions stay as done.
     */
    private int updatePlan(CaseId id, JointRecord record) {
        jdbc.sql("SELECT id FROM client_case WHERE id = :c FOR UPDATE").param("c", id.value()).query(UUID.class).single();
        int versionNo = jdbc.sql("SELECT coalesce(max(version_no), 0) + 1 FROM joint_plan_version WHERE case_id = :c")
                .param("c", id.value()).query(Integer.class).single();
        LocalDate followUp = record.draft().followUpDate();
        jdbc.sql("""
                INSERT INTO joint_plan_version (id, case_id, version_no, record_id, follow_up_on)
                VALUES (:id, :c, :n, :r, :f)""")
                .param("id", UUID.randomUUID()).param("c", id.value()).param("n", versionNo).param("r", record.id())
                .param("f", Date.valueOf(followUp)).update();
        List<UUID> goalKeys = new ArrayList<>();
        int position = 0;
        for (var g : record.draft().goals()) {
            UUID key = UUID.fromString(g.key());
            goalKeys.add(key);
            jdbc.sql("""
                    INSERT INTO plan_goal (goal_key, case_id, text, position, status, plan_version)
                    VALUES (:k, :c, :t, :p, 'ACTIVE', :v)
                    ON CONFLICT (goal_key) DO UPDATE SET text = EXCLUDED.text, position = EXCLUDED.position,
                        status = 'ACTIVE', plan_version = EXCLUDED.plan_version WHERE plan_goal.case_id = EXCLUDED.case_id""")
                    .param("k", key).param("c", id.value()).param("t", g.text()).param("p", position++)
                    .param("v", versionNo).update();
        }
        jdbc.sql("""
                UPDATE plan_goal SET status = 'DROPPED', plan_version = :v
                WHERE case_id = :c AND status = 'ACTIVE' AND NOT (goal_key = ANY (:keys))""")
                .param("v", versionNo).param("c", id.value()).param("keys", goalKeys.toArray(UUID[]::new)).update();
        List<UUID> actionKeys = new ArrayList<>();
        for (var a : record.draft().actions()) {
            UUID key = UUID.fromString(a.key());
            actionKeys.add(key);
            UUID owner = UUID.fromString(a.owner().substring(2));
            jdbc.sql("""
                    INSERT INTO plan_action (action_key, case_id, goal_key, text, owner_member_id, owner_person_id, due_on, plan_version)
                    VALUES (:k, :c, :g, :t, :m, :p, :due, :v)
                    ON CONFLICT (action_key) DO UPDATE SET goal_key = EXCLUDED.goal_key, text = EXCLUDED.text,
                        owner_member_id = EXCLUDED.owner_member_id, owner_person_id = EXCLUDED.owner_person_id,
                        due_on = EXCLUDED.due_on, plan_version = EXCLUDED.plan_version
                    WHERE plan_action.case_id = EXCLUDED.case_id""")
                    .param("k", key).param("c", id.value()).param("g", a.goal() == null ? null : UUID.fromString(a.goal()))
                    .param("t", a.text()).param("m", a.owner().startsWith("m:") ? owner : null)
                    .param("p", a.owner().startsWith("p:") ? owner : null)
                    .param("due", Date.valueOf(RecordDraft.date(a.due()))).param("v", versionNo).update();
        }
        jdbc.sql("DELETE FROM plan_action WHERE case_id = :c AND done_at IS NULL AND NOT (action_key = ANY (:keys))")
                .param("c", id.value()).param("keys", actionKeys.toArray(UUID[]::new)).update();
        jdbc.sql("UPDATE client_case SET follow_up_on = :f, version = version + 1 WHERE id = :c")
                .param("f", Date.valueOf(followUp)).param("c", id.value()).update();
        return versionNo;
    }

    /** Every member with an account hears that the plan changed; the text names only the case reference. */
    private void notifyNetwork(CaseId id, int planVersion) {
        String reference = jdbc.sql("SELECT reference FROM client_case WHERE id = :c").param("c", id.value())
                .query(String.class).single();
        List<UUID> users = jdbc.sql("SELECT DISTINCT user_id FROM case_member WHERE case_id = :c AND ended_at IS NULL AND user_id IS NOT NULL")
                .param("c", id.value()).query(UUID.class).list();
        for (UUID user : users) {
            notifications.notify(user, "JOINT_PLAN_UPDATED", "casework.plan.notification",
                    List.of(reference, String.valueOf(planVersion)), "/cases/" + id + "/plan");
        }
    }

    /** A new draft that supersedes a confirmed record, with the same content and keys; empty if not allowed. */
    @Transactional
    Optional<UUID> correct(CaseId id, UUID recordId, String reason, UUID by) {
        CaseWrites.requireOpen(jdbc, id);
        var record = records.find(id, recordId).filter(JointRecord::confirmed);
        if (record.isEmpty()) return Optional.empty();
        jdbc.sql("SELECT id FROM client_case WHERE id = :c FOR UPDATE").param("c", id.value()).query(UUID.class).single();
        var existing = records.correctionOf(recordId);
        if (existing.isPresent()) return existing;
        UUID correction = records.create(id, record.get().meetingId(), recordId, reason, record.get().draft().withVersion(0), by);
        audit.record(AuditEventType.JOINT_RECORD_CORRECTED, id, Map.of("record", recordId.toString(),
                "correction", correction.toString()));
        return Optional.of(correction);
    }
}
