package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.help.ClientCaseRequested;
import fi.perhekeskus.help.HelpRequestId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-call worker's changes to a request. Each is guarded by the version the worker saw, so two
 * workers of the team cannot overwrite each other; each writes the request's history and the audit log.
 */
@Service
public class HelpRequestHandling {

    private final JdbcClient jdbc;
    private final HelpRequestReader reader;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpRequestHandling(JdbcClient jdbc, HelpRequestReader reader, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void assessUrgency(UUID id, int version, Urgency urgency, String note, UserId actor) {
        open(id, version);
        Instant now = clock.instant();
        update(id, version, "urgency = :urgency, urgency_assessed_at = :now, urgency_assessed_by = :actor",
                Map.of("urgency", urgency.name(), "now", Timestamp.from(now), "actor", actor.value()));
        done(id, actor, "URGENCY_ASSESSED", urgency.name(), note, AuditEventType.HELP_URGENCY_ASSESSED, now);
    }

    /**
     * Assigns the request; the responsible worker defaults to the worker who takes it (seed 004: who
     * took the contact in the on-call week continues as the family's responsible worker).
     */
    @Transactional
    public void assign(UUID id, int version, UserId assignee, UserId responsible, UserId actor) {
        RequestDetails request = open(id, version);
        UserId keeper = responsible != null ? responsible
                : request.responsibleWorker() != null ? request.responsibleWorker() : assignee;
        Instant now = clock.instant();
        update(id, version, """
                assigned_to = :assignee, assigned_at = :now, responsible_worker = :responsible,
                status = CASE WHEN status = 'NEW' THEN 'IN_PROGRESS' ELSE status END""",
                Map.of("assignee", assignee.value(), "responsible", keeper.value(), "now", Timestamp.from(now)));
        done(id, actor, "ASSIGNED", assignee.value().toString(), null, AuditEventType.HELP_REQUEST_ASSIGNED, now);
    }

    @Transactional
    public void markSpecialSupport(UUID id, int version, boolean specialSupport, UserId actor) {
        RequestDetails request = open(id, version);
        LocalDate deadline = specialSupport
                ? StatutoryDeadlines.specialSupportAssessment(request.receivedAt().toLocalDate()) : null;
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        params.put("special", specialSupport);
        params.put("deadline", deadline);
        update(id, version, "special_support = :special, assessment_deadline = :deadline", params);
        done(id, actor, "SPECIAL_SUPPORT", String.valueOf(specialSupport), null,
                AuditEventType.HELP_SPECIAL_SUPPORT_RECORDED, now);
    }

    /** The service-need assessment started: the family was reached (this meets the 7th-working-day rule). */
    @Transactional
    public void recordFirstContact(UUID id, int version, Instant at, String note, UserId actor) {
        RequestDetails request = open(id, version);
        if (request.urgency() == null) throw new HandlingRefused(HandlingRefused.URGENCY_FIRST);
        update(id, version, "first_contact_at = :at, status = 'IN_PROGRESS'", Map.of("at", Timestamp.from(at)));
        done(id, actor, "FIRST_CONTACT", null, note, AuditEventType.HELP_FIRST_CONTACT_RECORDED, clock.instant());
    }

    /** The answer the family reads on the receipt page; for an anonymous question it concludes the request. */
    @Transactional
    public void answer(UUID id, int version, String answer, UserId actor) {
        RequestDetails request = open(id, version);
        if (request.urgency() == null) throw new HandlingRefused(HandlingRefused.URGENCY_FIRST);
        Instant now = clock.instant();
        String set = request.anonymous()
                ? """
                  answer = :answer, answered_at = :now, status = 'ANSWERED', outcome = 'ANONYMOUS_ANSWERED',
                  outcome_at = :now, first_contact_at = coalesce(first_contact_at, :now)"""
                : "answer = :answer, answered_at = :now";
        update(id, version, set, Map.of("answer", answer, "now", Timestamp.from(now)));
        done(id, actor, "ANSWERED", null, null, AuditEventType.HELP_REQUEST_ANSWERED, now);
    }

    /**
     * Concludes the request. An outcome other than an answered anonymous question counts as contact
     * with the family if none was recorded. A client case is handed to casework by an event.
     */
    @Transactional
    public void recordOutcome(UUID id, int version, Outcome outcome, String note, List<UUID> services, UserId actor) {
        RequestDetails request = open(id, version);
        if (request.urgency() == null) throw new HandlingRefused(HandlingRefused.URGENCY_FIRST);
        if (outcome == Outcome.ANONYMOUS_ANSWERED && !request.anonymous()) {
            throw new HandlingRefused(HandlingRefused.NOT_ANONYMOUS);
        }
        if (outcome == Outcome.ANONYMOUS_ANSWERED && request.answer() == null) {
            throw new HandlingRefused(HandlingRefused.ANSWER_FIRST);
        }
        Instant now = clock.instant();
        UUID responsible = request.responsibleWorker() != null ? request.responsibleWorker().value() : actor.value();
        Map<String, Object> params = new HashMap<>();
        params.put("outcome", outcome.name());
        params.put("note", note);
        params.put("now", Timestamp.from(now));
        params.put("responsible", responsible);
        params.put("status", outcome == Outcome.ANONYMOUS_ANSWERED ? "ANSWERED" : "CLOSED");
        update(id, version, """
                outcome = :outcome, outcome_note = :note, outcome_at = :now, status = :status,
                responsible_worker = :responsible, first_contact_at = coalesce(first_contact_at, :now)""", params);
        for (UUID service : services) {
            jdbc.sql("INSERT INTO help_request_service (request_id, service_id) VALUES (:id, :s) ON CONFLICT DO NOTHING")
                    .param("id", id).param("s", service).update();
        }
        done(id, actor, "OUTCOME", outcome.name(), note, AuditEventType.HELP_OUTCOME_RECORDED, now);
        if (outcome == Outcome.CASE_OPENED) {
            events.publishEvent(new ClientCaseRequested(new HelpRequestId(id), request.area(), new UserId(responsible),
                    request.language(), request.childAges(), request.expecting(), now));
        }
    }

    private RequestDetails open(UUID id, int version) {
        RequestDetails request = reader.find(id).orElseThrow(() -> new HandlingRefused(HandlingRefused.STALE));
        if (!request.open()) throw new HandlingRefused(HandlingRefused.CLOSED);
        if (request.version() != version) throw new HandlingRefused(HandlingRefused.STALE);
        return request;
    }

    private void update(UUID id, int version, String set, Map<String, ?> params) {
        var statement = jdbc.sql("UPDATE help_request SET " + set + ", version = version + 1 "
                + "WHERE id = :id AND version = :version AND status IN ('NEW', 'IN_PROGRESS')")
                .param("id", id).param("version", version);
        for (var p : params.entrySet()) statement = statement.param(p.getKey(), p.getValue());
        if (statement.update() != 1) throw new HandlingRefused(HandlingRefused.STALE);
    }

    private void done(UUID id, UserId actor, String kind, String value, String note, AuditEventType type, Instant at) {
        Map<String, Object> details = new HashMap<>();
        if (value != null) details.put("value", value);
        if (note != null && !note.isBlank()) details.put("note", note.strip());
        HelpRequestHistory.append(jdbc, new HelpRequestId(id), actor.value(), kind, details, at);
        audit.record(type, id, AuditOutcome.SUCCESS, value == null ? Map.of() : Map.of("value", value));
    }
}
