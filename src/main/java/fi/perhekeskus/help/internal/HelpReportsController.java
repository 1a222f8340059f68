package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** The leadership report page and its CSV download: per area and month, small counts suppressed. */
@Controller
class HelpReportsController {

    private final HelpReports reports;
    private final Areas areas;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    HelpReportsController(HelpReports reports, Areas areas, AuditLog audit, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.areas = areas;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/help/reports")
    @Authorized(Action.VIEW_HELP_REPORTS)
    @Transactional
    String page(@ModelAttribute("params") ReportParams params, BindingResult binding, Model model) {
        List<FamilyCentreArea> all = areas.all();
        ReportScope scope = scope(params, all, binding);
        List<HelpReportRow> rows = reports.report(scope.areas(), scope.from(), scope.to());
        audit.record(AuditEventType.HELP_REPORT_VIEWED, scope.target(), AuditOutcome.SUCCESS,
                Map.of("from", scope.from().toString(), "to", scope.to().toString(), "format", "html"));
        Map<String, List<HelpReportRow>> byArea = rows.stream().collect(Collectors.groupingBy(HelpReportRow::areaId,
                LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("areaReports", byArea.values());
        model.addAttribute("areas", all);
        model.addAttribute("regions", all.stream().map(FamilyCentreArea::region).distinct().toList());
        model.addAttribute("scope", scope);
        model.addAttribute("months", scope.from().until(scope.to(), ChronoUnit.MONTHS) + 1);
        model.addAttribute("channels", Channel.values());
        return "help/reports";
    }

    @GetMapping("/help/reports.csv")
    @Authorized(Action.VIEW_HELP_REPORTS)
    @Transactional
    ResponseEntity<byte[]> csv(@ModelAttribute("params") ReportParams params, BindingResult binding, Locale locale) {
        ReportScope scope = scope(params, areas.all(), binding);
        List<HelpReportRow> rows = reports.report(scope.areas(), scope.from(), scope.to());
        audit.record(AuditEventType.HELP_REPORT_VIEWED, scope.target(), AuditOutcome.SUCCESS,
                Map.of("from", scope.from().toString(), "to", scope.to().toString(), "format", "csv"));
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(text("help.reports.report.region", locale),
                text("help.reports.report.area", locale), text("help.reports.report.month", locale),
                text("help.reports.report.received", locale)));
        for (Channel channel : Channel.values()) header.add(text(channel.messageKey(), locale));
        header.addAll(List.of(text("help.reports.report.onTime", locale), text("help.reports.report.median", locale),
                text("help.reports.report.late", locale)));
        csv.append(line(header));
        for (HelpReportRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.region(), row.area(), row.month(),
                    cell(row.received(), locale)));
            for (Channel channel : Channel.values()) cells.add(cell(row.byChannel().get(channel), locale));
            cells.addAll(List.of(cell(row.startedOnTimePct(), locale), cell(row.medianWorkingDays(), locale),
                    cell(row.late(), locale)));
            csv.append(line(cells));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("asiakasohjaus-" + scope.from() + "-" + scope.to() + ".csv").build().toString())
                // A byte-order mark so that spreadsheet programs read the Finnish letters right.
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    private ReportScope scope(ReportParams params, List<FamilyCentreArea> all, BindingResult binding) {
        int months = 6;
        if (params.getMonths() != null && !params.getMonths().isBlank()) {
            switch (params.getMonths().strip()) {
                case "6" -> months = 6;
                case "12" -> months = 12;
                default -> binding.rejectValue("months", "help.reports.report.param.months");
            }
        }
        YearMonth to = YearMonth.now(clock);
        ReportScope scope = ReportScope.resolve(all, params.getArea(), params.getRegion(), to.minusMonths(months - 1),
                to, binding);
        if (binding.hasErrors()) throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        return scope;
    }

    private String cell(Figure figure, Locale locale) {
        String text = figure.display(text("help.reports.report.hidden", locale), locale, "");
        return "–".equals(text) ? "" : text;
    }

    private String text(String key, Locale locale) {
        return Objects.requireNonNullElse(messages.getMessage(key, null, key, locale), key);
    }

    /** RFC 4180, with a cell that starts like a formula quoted so that spreadsheets do not run it. */
    private static String line(List<String> cells) {
        return cells.stream().map(c -> {
            String value = c == null ? "" : c;
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) value = "'" + value;
            return value.contains(";") || value.contains("\"") || value.contains("\n")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }).collect(Collectors.joining(";")) + "\r\n";
    }
}
