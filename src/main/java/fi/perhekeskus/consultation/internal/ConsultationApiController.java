package fi.perhekeskus.consultation.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The consultation API for professionals. Reading or acting on one consultation answers 404 to anyone
 * who is neither its asker nor a recipient, so that outsiders cannot even learn that it exists.
 */
@RestController
@Tag(name = "Consultations", description = "Ask key persons and multi-professional teams; inbox, outbox and thread")
class ConsultationApiController {

    private final Consultations consultations;
    private final ConsultationRepository repository;
    private final ConsultationLabels labels;
    private final AccessControl access;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ConsultationApiController(Consultations consultations, ConsultationRepository repository, ConsultationLabels labels,
            AccessControl access, MessageSource messages, java.time.Clock clock) {
        this.consultations = consultations;
        this.repository = repository;
        this.labels = labels;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param confirmNoIdentifyingDetails the asker checked that the flagged names or addresses do not identify
     *     a client; an identity code is refused whatever this says
     */
    record NewConsultation(String expertise, String area, String team, String question, Boolean anonymous,
            String caseId, Boolean confirmNoIdentifyingDetails) {}

    record Created(String id, String routing, int recipients) {}

    record NewMessage(String text, Integer minutes) {}

    record Rating(Integer usefulness) {}

    record Item(String id, String status, String expertise, String expertiseName, String area, String areaName,
            String team, String teamName, String question, String createdAt, String dueAt, boolean overdue,
            String asker, String claimedBy, String answeredAt, Integer usefulness) {}

    record Items(List<Item> items) {}

    record Message(String id, String author, boolean fromAsker, String text, String createdAt) {}

    record Detail(Item consultation, boolean anonymous, String caseId, List<Message> messages) {}

    @PostMapping(path = "/api/v1/consultations", produces = "application/json")
    @Authorized(Action.ASK_CONSULTATION)
    @Operation(summary = "Ask an expertise area of a family centre area, or a team",
            description = "Anonymous by default. A Finnish personal identity code in the question is refused with 422; "
                    + "possible names or addresses are refused with 422 (reason identifying-details) unless "
                    + "confirmNoIdentifyingDetails is true. Send an Idempotency-Key header to make retries safe.")
    ResponseEntity<Created> ask(@RequestBody NewConsultation body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var question = new Question(blankToNull(body.expertise()), uuid(body.area(), "area"), uuid(body.team(), "team"),
                body.question(), body.anonymous(), uuid(body.caseId(), "caseId"),
                Boolean.TRUE.equals(body.confirmNoIdentifyingDetails()));
        var asked = consultations.ask(me(), question, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + asked.id()))
                .body(new Created(asked.id().toString(), asked.routing() == null ? null : asked.routing().name(),
                        asked.recipients()));
    }

    @GetMapping(path = "/api/v1/consultations", produces = "application/json")
    @Authorized(Action.ASK_CONSULTATION)
    @Operation(summary = "My inbox (incoming: where I am a recipient) or outbox (outgoing: what I asked)")
    Items list(@RequestParam(defaultValue = "incoming") String box, Locale locale) {
        UUID me = me().value();
        List<ConsultationView.Item> items = switch (box) {
            case "incoming" -> repository.incoming(me);
            case "outgoing" -> repository.outgoing(me);
            default -> throw ConsultationRefused.invalid("box", "invalid-box", "consultation.error.box");
        };
        var names = labels.of(items, List.of(), locale);
        return new Items(items.stream().map(i -> item(i, names)).toList());
    }

    @GetMapping(path = "/api/v1/consultations/{id}", produces = "application/json")
    @Authorized(Action.ASK_CONSULTATION)
    @Operation(summary = "One consultation with its thread; 404 unless you asked it or received it")
    Detail read(@PathVariable UUID id, Locale locale) {
        related(id);
        var d = consultations.read(id);
        var names = labels.of(List.of(d.item()), d.messages().stream().map(ConsultationView.Message::authorId).toList(), locale);
        return new Detail(item(d.item(), names), d.anonymous(), d.caseId() == null ? null : d.caseId().toString(),
                d.messages().stream().map(m -> new Message(m.id().toString(), names.person(m.authorId()),
                        m.authorId().equals(d.item().askerId()), m.text(), m.createdAt().toString())).toList());
    }

    @PostMapping(path = "/api/v1/consultations/{id}/claim", produces = "application/json")
    @Authorized(Action.ASK_CONSULTATION)
    @Operation(summary = "Claim an open consultation you received; 409 with who claimed it when someone was first")
    Map<String, Object> claim(@PathVariable UUID id) {
        related(id);
        var claimed = consultations.claim(me(), id);
        return Map.of("id", id.toString(), "status", ConsultationStatus.CLAIMED.name(), "claimedBy", claimed.claimedByName());
    }

    @PostMapping(path = "/api/v1/consultations/{id}/messages", produces = "application/json")
    @Authorized(Action.ASK_CONSULTATION)
    @Operation(summary = "Write in the thread; a recipient's first reply answers the consultation",
            description = "minutes (optional, recipients): time spent, counted against the key person's weekly budget.")
    ResponseEntity<Map<String, String>> message(@PathVariable UUID id, @RequestBody NewMessage body) {
        related(id);
        UUID messageId = consultations.message(me(), id, body.text(), body.minutes());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", messageId.toString()));
    }

    @PostMapping(path = "/api/v1/consultations/{id}/close", produces = "application/json")
    @Authorized(Action.ASK_CONSULTATION)
    @Operation(summary = "The asker closes the consultation")
    Map<String, String> close(@PathVariable UUID id) {
        related(id);
        consultations.close(me(), id);
        return Map.of("id", id.toString(), "status", ConsultationStatus.CLOSED.name());
    }

    @PostMapping(path = "/api/v1/consultations/{id}/rating", produces = "application/json")
    @Authorized(Action.ASK_CONSULTATION)
    @Operation(summary = "The asker rates the usefulness of the answer, 1-5")
    Map<String, Object> rate(@PathVariable UUID id, @RequestBody Rating body) {
        related(id);
        consultations.rate(me(), id, body.usefulness());
        return Map.of("id", id.toString(), "usefulness", body.usefulness());
    }

    @ExceptionHandler(ConsultationRefused.class)
    ResponseEntity<Map<String, Object>> refused(ConsultationRefused refused, Locale locale) {
        String message = messages.getMessage(refused.messageKey, refused.arguments.toArray(), locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", refused.status);
        body.put("error", HttpStatus.valueOf(refused.status).getReasonPhrase());
        body.put("reason", refused.reason);
        body.put("message", message);
        if (refused.field != null) body.put("fields", List.of(Map.of("field", refused.field, "message", message)));
        if (!refused.findings.isEmpty()) {
            body.put("flagged", refused.findings.stream()
                    .map(f -> Map.of("kind", f.kind().name(), "text", f.text())).toList());
        }
        if ("already-claimed".equals(refused.reason)) body.put("claimedBy", refused.arguments.getFirst());
        return ResponseEntity.status(refused.status).body(body);
    }

    private void related(UUID id) {
        if (!access.isPermitted(Action.HANDLE_CONSULTATION, id)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private Item item(ConsultationView.Item i, ConsultationLabels.Names names) {
        return new Item(i.id().toString(), i.status().name(), i.expertiseCode(), names.expertise(i.expertiseCode()),
                i.areaId() == null ? null : i.areaId().toString(), names.area(i.areaId()),
                i.teamId() == null ? null : i.teamId().toString(), names.team(i.teamId()), i.question(),
                i.createdAt().toString(), i.dueAt().toString(), i.overdue(clock.instant()), names.person(i.askerId()),
                names.person(i.claimedBy()), i.answeredAt() == null ? null : i.answeredAt().toString(), i.usefulness());
    }

    private UserId me() {
        return access.currentUser().orElseThrow().id();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ConsultationRefused.invalid(field, "invalid-" + field, "consultation.error." + field);
        }
    }
}
