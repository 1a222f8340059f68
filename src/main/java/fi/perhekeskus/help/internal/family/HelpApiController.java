package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.help.internal.Channel;
import fi.perhekeskus.help.internal.HelpRequestIntake;
import fi.perhekeskus.help.internal.Receipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * "Pyydä apua" for other services and apps: {@code POST /api/v1/help-requests} and the receipt by
 * its code. Public, no login. A retry with the same {@code Idempotency-Key} returns the first
 * receipt (200 instead of 201); the key with a different body is refused (422). Messages are in
 * the caller's language (Accept-Language, or ?lang=).
 */
@RestController
@Tag(name = "Help requests", description = "\"Pyydä apua\": a family asks for help; the receipt code shows the status")
class HelpApiController {

    static final String PATH = "/api/v1/help-requests";
    private static final String KEY_HEADER = "Idempotency-Key";

    private final HelpSubmissionRules rules;
    private final HelpRequestIntake intake;
    private final HelpReceipts receipts;
    private final HelpRateLimit rateLimit;
    private final ClientAddress clients;
    private final MessageSource messages;

    HelpApiController(HelpSubmissionRules rules, HelpRequestIntake intake, HelpReceipts receipts,
            HelpRateLimit rateLimit, ClientAddress clients, MessageSource messages) {
        this.rules = rules;
        this.intake = intake;
        this.receipts = receipts;
        this.rateLimit = rateLimit;
        this.clients = clients;
        this.messages = messages;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Authorized(Action.ASK_FOR_HELP)
    @Operation(summary = "Ask for help",
            description = "Stores the request once per Idempotency-Key and returns its receipt code. Rate-limited per "
                    + "client (429 with Retry-After).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = HelpApiJson.Submission.class))),
            parameters = @Parameter(name = KEY_HEADER, in = ParameterIn.HEADER, required = false,
                    description = "Any unique string of 8–200 characters (a UUID); a retry with it returns the "
                            + "same receipt", schema = @Schema(type = "string", minLength = 8, maxLength = 200)),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Received",
                            headers = @Header(name = "Location", description = "The status of this request"),
                            content = @Content(schema = @Schema(implementation = HelpApiJson.Created.class))),
                    @ApiResponse(responseCode = "200", description = "A retry: the same key and body were received before",
                            content = @Content(schema = @Schema(implementation = HelpApiJson.Created.class))),
                    @ApiResponse(responseCode = "400", description = "Not JSON, or fields that do not validate",
                            content = @Content(schema = @Schema(implementation = HelpApiJson.Error.class))),
                    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for a different body",
                            content = @Content(schema = @Schema(implementation = HelpApiJson.Error.class))),
                    @ApiResponse(responseCode = "429", description = "Too many submissions from this client",
                            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
                            content = @Content(schema = @Schema(implementation = HelpApiJson.Error.class)))})
    ResponseEntity<?> submit(@RequestBody(required = false) JsonNode body,
            @RequestHeader(name = KEY_HEADER, required = false) @Parameter(hidden = true) String key,
            HttpServletRequest request) {
        Locale locale = CallerLanguage.of(request);
        if (body == null || !body.isObject()) {
            return ResponseEntity.badRequest().body(error(400, "invalid-json",
                    text("help.family.api.invalidJson", locale), List.of()));
        }
        if (key != null && (key.length() < 8 || key.length() > 200 || !key.matches("[\\x21-\\x7e]+"))) {
            return ResponseEntity.badRequest().body(error(400, "invalid-parameters", text("help.family.api.invalid",
                    locale), List.of(new HelpApiJson.FieldError(KEY_HEADER, text("help.family.api.key", locale)))));
        }
        var read = JsonSubmission.read(body);
        var checked = rules.check(read.submission(), Channel.API);
        List<FieldProblem> problems = new java.util.ArrayList<>(read.problems());
        checked.problems().stream()
                .filter(p -> read.problems().stream().noneMatch(r -> r.field().equals(p.field())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(error(400, "invalid-parameters",
                    text("help.family.api.invalid", locale), problems.stream()
                            .map(p -> new HelpApiJson.FieldError(p.field(), text(p.messageKey(), locale, p.args())))
                            .toList()));
        }
        // Only what would be stored counts against the limit; bad input costs the caller nothing.
        var wait = rateLimit.tryAcquire(clients.of(request));
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(wait.get().toSeconds()))
                    .body(error(429, "rate-limited", text("help.family.error.rateLimited", locale,
                            wait.get().toSeconds()), List.of()));
        }
        Receipt receipt;
        try {
            receipt = intake.receive(checked.request(), key);
        } catch (HelpRequestIntake.IdempotencyKeyReused reused) {
            return ResponseEntity.status(422).body(error(422, "idempotency-key-reused",
                    text("help.family.api.keyReused", locale), List.of()));
        }
        var created = new HelpApiJson.Created(receipt.receiptCode());
        URI location = URI.create(PATH + "/" + receipt.receiptCode());
        return receipt.replayed() ? ResponseEntity.ok().location(location).body(created)
                : ResponseEntity.created(location).body(created);
    }

    @GetMapping(path = PATH + "/{receiptCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Authorized(Action.ASK_FOR_HELP)
    @Operation(summary = "The status and the answer of a request, by its receipt code",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Found",
                            content = @Content(schema = @Schema(implementation = HelpApiJson.Status.class))),
                    @ApiResponse(responseCode = "404", description = "No request has this code (or it is malformed)",
                            content = @Content(schema = @Schema(implementation = HelpApiJson.Error.class)))})
    ResponseEntity<?> status(@PathVariable String receiptCode, HttpServletRequest request) {
        Locale locale = CallerLanguage.of(request);
        return receipts.view(receiptCode)
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok(new HelpApiJson.Status(v.status().name(),
                        text(v.status().messageKey(), locale), v.answer())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(error(404, "not-found",
                        text("help.family.receipt.notFound", locale), List.of())));
    }

    /** Not JSON at all: 400 with a reason, never a 500. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<HelpApiJson.Error> unreadable(HttpServletRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(error(400, "invalid-json",
                text("help.family.api.invalidJson", CallerLanguage.of(request)), List.of()));
    }

    private static HelpApiJson.Error error(int status, String reason, String message,
            List<HelpApiJson.FieldError> fields) {
        return new HelpApiJson.Error(status, reason, message, fields);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
