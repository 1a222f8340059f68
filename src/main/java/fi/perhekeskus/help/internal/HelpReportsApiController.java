package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.area.Areas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.MapBindingResult;
import java.util.HashMap;
import org.springframework.web.bind.annotation.RestController;

/** The leadership report as JSON, with the same small-count suppression as the page. */
@RestController
class HelpReportsApiController {

    private final HelpReports reports;
    private final Areas areas;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    HelpReportsApiController(HelpReports reports, Areas areas, AuditLog audit, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.areas = areas;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The answer: the period, the suppression threshold and one row per area and month. */
    record Report(String from, String to, int threshold, List<HelpReportRow> rows) {}

    @GetMapping("/api/v1/help-reports")
    @Authorized(Action.VIEW_HELP_REPORTS)
    @Transactional
    @Operation(summary = "Client guidance figures per family centre area and month (leadership report)",
            description = """
                    Requests received (total and by channel), the share (%) of due requests started by the 7th \
                    working day, the median working days from receipt to the first contact, and the number \
                    started late or still waiting past the deadline. Small counts are suppressed: a figure based \
                    on 1–4 requests has value null and suppressed "LESS_THAN_5"; a figure hidden only so that a \
                    small one cannot be computed from the row's total has suppressed "COMPLEMENTARY". For \
                    coordinators, steering group members and administrators.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The report"),
                    @ApiResponse(responseCode = "400", description = "reason invalid-parameters, with a message per field"),
                    @ApiResponse(responseCode = "403", description = "Not permitted")})
    Report report(
            @Parameter(description = "First month, YYYY-MM (default: five months before the current one)")
            @RequestParam(required = false) String from,
            @Parameter(description = "Last month, YYYY-MM (default: the current month); at most 36 months in all")
            @RequestParam(required = false) String to,
            @Parameter(description = "Only this family centre area (id)") @RequestParam(required = false) String area,
            @Parameter(description = "Only the areas of this region (name, e.g. Pirkanmaa)")
            @RequestParam(required = false) String region) {
        BindingResult binding = new MapBindingResult(new HashMap<>(), "params");
        YearMonth now = YearMonth.now(clock);
        YearMonth first = from == null ? now.minusMonths(5) : ReportScope.month(from, "from", binding);
        YearMonth last = to == null ? now : ReportScope.month(to, "to", binding);
        ReportScope scope = ReportScope.resolve(areas.all(), area, region, first, last, binding);
        if (binding.hasErrors()) throw new InvalidReportParameters(binding);
        audit.record(AuditEventType.HELP_REPORT_VIEWED, scope.target(), AuditOutcome.SUCCESS,
                Map.of("from", first.toString(), "to", last.toString(), "format", "json"));
        return new Report(first.toString(), last.toString(), SmallCounts.THRESHOLD,
                reports.report(scope.areas(), first, last));
    }

    static final class InvalidReportParameters extends RuntimeException {
        final transient BindingResult binding;

        InvalidReportParameters(BindingResult binding) {
            super("invalid report parameters", null, false, false);
            this.binding = binding;
        }
    }

    @ExceptionHandler(InvalidReportParameters.class)
    ResponseEntity<Map<String, Object>> badRequest(InvalidReportParameters invalid, Locale locale) {
        List<Map<String, String>> fields = invalid.binding.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message",
                        Objects.requireNonNullElse(messages.getMessage(error, locale), error.getField())))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("reason", "invalid-parameters");
        body.put("fields", fields);
        return ResponseEntity.badRequest().body(body);
    }
}
