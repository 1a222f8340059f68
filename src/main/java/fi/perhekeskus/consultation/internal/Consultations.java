package fi.perhekeskus.consultation.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.Cases;
import fi.perhekeskus.directory.KeyPersonDirectory;
import fi.perhekeskus.platform.Notifications;
import fi.perhekeskus.platform.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation rules: asking (anonymous, routed, due in working days), claiming, the thread,
 * closing and rating. Each change is audited and notified in its own transaction.
 */
@Service
class Consultations {

    static final int MAX_TEXT = 8000;

    private final ConsultationRepository repository;
    private final KeyPersonDirectory directory;
    private final Areas areas;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final int responseWorkingDays;
    private final Cases cases;

    Consultations(ConsultationRepository repository, KeyPersonDirectory directory, Areas areas, UserAccounts accounts,
            Notifications notifications, AuditLog audit, Clock clock,
            @Value("${perhekeskus.consultation.response-working-days:2}") int responseWorkingDays, Cases cases) {
        this.cases = cases;
        this.repository = repository;
        this.directory = directory;
        this.areas = areas;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.responseWorkingDays = responseWorkingDays;
    }

    record Asked(UUID id, Routing routing, int recipients, boolean replayed) {}

    @Transactional
    Asked ask(UserId asker, Question question, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : asker.value() + ":" + idempotencyKey.strip();
        if (key != null) {
            var earlier = repository.byIdempotencyKey(key);
            if (earlier.isPresent()) return new Asked(earlier.get(), null, 0, true);
        }
        Question q = checked(question, asker);
        Routing routing;
        Set<UUID> recipients = new LinkedHashSet<>();
        LocalDate today = LocalDate.now(clock);
        if (q.team() != null) {
            directory.teamMembers(q.team()).forEach(u -> recipients.add(u.value()));
            routing = Routing.TEAM;
        } else {
            directory.consultationRecipients(q.expertise(), new FamilyCentreAreaId(q.area()), today)
                    .forEach(u -> recipients.add(u.value()));
            routing = Routing.KEY_PERSONS;
        }
        recipients.remove(asker.value());
        if (recipients.isEmpty() && q.area() != null) {
            areas.find(new FamilyCentreAreaId(q.area())).map(FamilyCentreArea::coordinators).orElse(List.of())
                    .forEach(u -> recipients.add(u.value()));
            recipients.remove(asker.value());
            routing = Routing.COORDINATORS;
        }
        if (recipients.isEmpty()) routing = Routing.NOBODY;
        ZonedDateTime now = ZonedDateTime.now(clock);
        Instant due = WorkingDays.nthWorkingDayAfter(now.toLocalDate(), responseWorkingDays)
                .atTime(now.toLocalTime()).atZone(now.getZone()).toInstant();
        UUID id = UUID.randomUUID();
        if (!repository.insert(id, asker.value(), q, now.toInstant(), due, key)) {
            // the same key sent twice at once: the other request stored it
            return new Asked(repository.byIdempotencyKey(key).orElseThrow(), null, 0, true);
        }
        repository.addRecipients(id, recipients);
        audit.record(AuditEventType.CONSULTATION_ASKED, id, AuditOutcome.SUCCESS,
                Map.of("routing", routing.name(), "recipients", recipients.size()));
        for (UUID recipient : recipients) {
            notifications.notify(recipient, "CONSULTATION_NEW", "consultation.notify.new", List.of(), link(id));
        }
        return new Asked(id, routing, recipients.size(), false);
    }

    /** Validates a question; throws the first rule it breaks. */
    Question checked(Question q, UserId asker) {
        String text = q.text() == null ? "" : q.text().strip();
        if (text.isEmpty()) throw ConsultationRefused.invalid("question", "empty-question", "consultation.error.question.empty");
        if (text.length() > MAX_TEXT) throw ConsultationRefused.invalid("question", "question-too-long", "consultation.error.question.tooLong");
        if (q.team() != null) {
            if (q.expertise() != null || q.area() != null) {
                throw ConsultationRefused.invalid("team", "team-or-expertise", "consultation.error.teamOrExpertise");
            }
            if (directory.teamName(q.team()).isEmpty()) throw ConsultationRefused.invalid("team", "unknown-team", "consultation.error.team");
        } else {
            if (q.expertise() == null || directory.expertise(q.expertise()).isEmpty()) {
                throw ConsultationRefused.invalid("expertise", "unknown-expertise", "consultation.error.expertise");
            }
            if (q.area() == null || areas.find(new FamilyCentreAreaId(q.area())).isEmpty()) {
                throw ConsultationRefused.invalid("area", "unknown-area", "consultation.error.area");
            }
        }
        // A named consultation is about a client case the asker works on now (a member of its network with
        // the family's consent in force, casework's rule). A case the asker does not work on is refused
        // exactly like an unknown one, so that the answer does not tell whether the case exists.
        if (q.caseId() != null && !Boolean.FALSE.equals(q.anonymous())) {
            throw ConsultationRefused.invalid("anonymous", "case-link-named", "consultation.error.caseLinkNamed");
        }
        if (Boolean.FALSE.equals(q.anonymous())) {
            if (q.caseId() == null) {
                throw ConsultationRefused.invalid("caseId", "case-required", "consultation.error.notAnonymous");
            }
            if (!cases.worksOn(asker, new CaseId(q.caseId()))) {
                throw ConsultationRefused.invalid("caseId", "unknown-case", "consultation.error.caseUnavailable");
            }
        }
        var findings = IdentifyingDetails.find(text);
        if (IdentifyingDetails.hasIdentityCode(findings)) {
            throw new ConsultationRefused(422, "identity-code", "question", "consultation.error.identityCode",
                    List.of(), findings);
        }
        if (!findings.isEmpty() && !q.confirmedNoIdentifyingDetails()) {
            throw new ConsultationRefused(422, "identifying-details", "question", "consultation.error.identifyingDetails",
                    List.of(), findings);
        }
        boolean named = Boolean.FALSE.equals(q.anonymous());
        return new Question(q.expertise(), q.area(), q.team(), text, !named, named ? q.caseId() : null,
                q.confirmedNoIdentifyingDetails());
    }

    record Claimed(boolean byMe, UUID claimedBy, String claimedByName) {}

    /** Any recipient may claim an open consultation; when two claim at once, one wins and the other is told who. */
    @Transactional
    Claimed claim(UserId user, UUID id) {
        if (!repository.isRecipient(id, user.value())) {
            throw ConsultationRefused.conflict("not-a-recipient", "consultation.error.notRecipient");
        }
        if (repository.claim(id, user.value(), clock.instant())) {
            audit.record(AuditEventType.CONSULTATION_CLAIMED, id);
            var c = repository.detail(id, false).orElseThrow().item();
            notifications.notify(c.askerId(), "CONSULTATION_CLAIMED", "consultation.notify.claimed",
                    List.of(name(user.value())), link(id));
            return new Claimed(true, user.value(), name(user.value()));
        }
        var c = repository.detail(id, false).orElseThrow().item();
        if (c.status() == ConsultationStatus.CLOSED) throw ConsultationRefused.conflict("closed", "consultation.error.closed");
        if (user.value().equals(c.claimedBy())) return new Claimed(true, c.claimedBy(), name(c.claimedBy()));
        throw ConsultationRefused.conflict("already-claimed", "consultation.error.claimedBy", name(c.claimedBy()));
    }

    /**
     * A message in the thread. A recipient's reply to an open consultation claims it; after the claim only
     * the claimer and the asker write. The first reply of a recipient answers it.
     */
    @Transactional
    UUID message(UserId user, UUID id, String text, Integer minutes) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) throw ConsultationRefused.invalid("text", "empty-message", "consultation.error.message.empty");
        if (body.length() > MAX_TEXT) throw ConsultationRefused.invalid("text", "message-too-long", "consultation.error.question.tooLong");
        if (minutes != null && (minutes < 1 || minutes > 600)) {
            throw ConsultationRefused.invalid("minutes", "invalid-minutes", "consultation.error.minutes");
        }
        var c = repository.detail(id, true).orElseThrow().item();
        if (c.status() == ConsultationStatus.CLOSED) throw ConsultationRefused.conflict("closed", "consultation.error.closed");
        boolean asker = c.askerId().equals(user.value());
        Instant now = clock.instant();
        UUID claimer = c.claimedBy();
        if (!asker) {
            if (c.status() == ConsultationStatus.OPEN) {
                repository.claim(id, user.value(), now);
                audit.record(AuditEventType.CONSULTATION_CLAIMED, id);
                claimer = user.value();
            } else if (!user.value().equals(claimer)) {
                throw ConsultationRefused.conflict("already-claimed", "consultation.error.claimedBy", name(claimer));
            }
            repository.markAnswered(id, now);
        }
        UUID messageId = UUID.randomUUID();
        repository.addMessage(messageId, id, user.value(), body, now);
        if (!asker && minutes != null) repository.logTime(id, user.value(), LocalDate.now(clock), minutes);
        audit.record(AuditEventType.CONSULTATION_MESSAGE_SENT, id, AuditOutcome.SUCCESS, Map.of("message", messageId));
        if (!asker) {
            notifications.notify(c.askerId(), "CONSULTATION_ANSWERED", "consultation.notify.answered",
                    List.of(name(user.value())), link(id));
        } else {
            List<UUID> others = claimer != null ? List.of(claimer) : repository.recipients(id);
            for (UUID other : others) {
                notifications.notify(other, "CONSULTATION_MESSAGE", "consultation.notify.message", List.of(), link(id));
            }
        }
        return messageId;
    }

    /** Only the asker closes; there is no automatic closing, so a late answer still reaches them. */
    @Transactional
    void close(UserId user, UUID id) {
        var c = repository.detail(id, true).orElseThrow().item();
        if (!c.askerId().equals(user.value())) throw ConsultationRefused.conflict("not-the-asker", "consultation.error.notAsker");
        if (repository.close(id, clock.instant())) audit.record(AuditEventType.CONSULTATION_CLOSED, id);
    }

    @Transactional
    void rate(UserId user, UUID id, Integer usefulness) {
        if (usefulness == null || usefulness < 1 || usefulness > 5) {
            throw ConsultationRefused.invalid("usefulness", "invalid-usefulness", "consultation.error.usefulness");
        }
        var c = repository.detail(id, true).orElseThrow().item();
        if (!c.askerId().equals(user.value())) throw ConsultationRefused.conflict("not-the-asker", "consultation.error.notAsker");
        if (!c.status().ratable()) throw ConsultationRefused.conflict("not-answered", "consultation.error.notAnswered");
        repository.rate(id, usefulness);
        audit.record(AuditEventType.CONSULTATION_RATED, id, AuditOutcome.SUCCESS, Map.of("usefulness", usefulness));
    }

    /** One consultation with its thread, audited as read. */
    @Transactional
    ConsultationView.Detail read(UUID id) {
        var detail = repository.detail(id, false).orElseThrow();
        audit.record(AuditEventType.CONSULTATION_VIEWED, id);
        return detail;
    }

    String name(UUID user) {
        if (user == null) return "";
        return accounts.displayNames(List.of(new UserId(user))).getOrDefault(new UserId(user), "");
    }

    static String link(UUID id) {
        return "/consultations/" + id;
    }
}
