package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.Role;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.Municipality;
import fi.perhekeskus.help.HelpRequestId;
import fi.perhekeskus.servicemap.ServiceDirectory;
import fi.perhekeskus.servicemap.ServiceId;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The on-call team's queue and the page of one request, with the worker's actions on it. */
@Controller
class HelpQueueController {

    static final int MAX_TEXT = 4000;
    private static final Set<Role> ASSIGNABLE = Set.of(Role.CLIENT_GUIDANCE_WORKER, Role.RESPONSIBLE_WORKER);

    private final HelpQueue queue;
    private final HelpRequestReader reader;
    private final HelpRequestHandling handling;
    private final AccessControl access;
    private final AuditLog audit;
    private final UserAccounts users;
    private final Areas areas;
    private final ServiceDirectory services;
    private final NotificationDetails notifications;
    private final OnCallRota rota;
    private final Clock clock;
    private final int pollSeconds;

    HelpQueueController(HelpQueue queue, HelpRequestReader reader, HelpRequestHandling handling, AccessControl access,
            AuditLog audit, UserAccounts users, Areas areas, ServiceDirectory services, NotificationDetails notifications,
            OnCallRota rota, Clock clock, @Value("${perhekeskus.help.queue-poll-seconds:10}") int pollSeconds) {
        this.queue = queue;
        this.reader = reader;
        this.handling = handling;
        this.access = access;
        this.audit = audit;
        this.users = users;
        this.areas = areas;
        this.services = services;
        this.notifications = notifications;
        this.rota = rota;
        this.clock = clock;
        this.pollSeconds = pollSeconds;
    }

    @GetMapping("/help/queue")
    @Authorized(Action.VIEW_HELP_QUEUE)
    @Transactional
    String queue(@RequestParam(defaultValue = "false") boolean mine, Model model) {
        QueueSummary summary = queue.openFor(me().id(), mine);
        audit.record(AuditEventType.HELP_QUEUE_VIEWED, null, AuditOutcome.SUCCESS, Map.of("shown", summary.items().size()));
        model.addAttribute("mine", mine);
        model.addAttribute("pollSeconds", pollSeconds);
        model.addAttribute("queue", summary);
        model.addAttribute("onCall", onCallThisWeek());
        return "help/queue";
    }

    /**
     * The queue's list for the page's polling: nothing (204) when it would show the same as the page
     * already does, so an idle queue neither redraws nor fills the audit log.
     */
    @GetMapping("/help/queue/items")
    @Authorized(Action.VIEW_HELP_QUEUE)
    @Transactional
    String items(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String shown,
            Model model, HttpServletResponse response) {
        QueueSummary summary = queue.openFor(me().id(), mine);
        if (summary.fingerprint().equals(shown)) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        audit.record(AuditEventType.HELP_QUEUE_VIEWED, null, AuditOutcome.SUCCESS, Map.of("shown", summary.items().size()));
        model.addAttribute("mine", mine);
        model.addAttribute("pollSeconds", pollSeconds);
        model.addAttribute("queue", summary);
        model.addAttribute("updated", true);
        return "help/queue :: items";
    }

    @GetMapping("/help/requests/{id}")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    @Transactional
    String request(@PathVariable UUID id, Model model, Locale locale) {
        return page(id, Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/help/requests/{id}/urgency")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String urgency(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String urgency,
            @RequestParam(required = false) String note, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Urgency value = parse(Urgency.class, urgency);
        if (value == null) errors.put("urgency", "help.error.urgency");
        if (tooLong(note)) errors.put("urgencyNote", "help.error.tooLong");
        if (!errors.isEmpty()) return invalid(id, errors, Map.of("urgencyNote", nz(note)), model, locale, response);
        return act(id, redirect, "help.done.urgency", () -> handling.assessUrgency(id, version, value, note, me().id()));
    }

    @PostMapping("/help/requests/{id}/take")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String take(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, "help.done.taken", () -> handling.assign(id, version, me().id(), null, me().id()));
    }

    @PostMapping("/help/requests/{id}/assign")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String assign(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String responsible, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        RequestDetails request = find(id);
        Set<UUID> colleagues = colleagues(request).stream().map(c -> c.id().value()).collect(java.util.stream.Collectors.toSet());
        UUID to = uuid(assignee);
        UUID keeper = uuid(responsible);
        Map<String, String> errors = new LinkedHashMap<>();
        if (to == null || !colleagues.contains(to)) errors.put("assignee", "help.error.assignee");
        if (responsible != null && !responsible.isBlank() && (keeper == null || !colleagues.contains(keeper))) {
            errors.put("responsible", "help.error.assignee");
        }
        if (!errors.isEmpty()) return invalid(id, errors, Map.of(), model, locale, response);
        return act(id, redirect, "help.done.assigned", () -> handling.assign(id, version, new UserId(to),
                keeper == null ? null : new UserId(keeper), me().id()));
    }

    @PostMapping("/help/requests/{id}/special-support")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String specialSupport(@PathVariable UUID id, @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean specialSupport, RedirectAttributes redirect) {
        return act(id, redirect, "help.done.specialSupport",
                () -> handling.markSpecialSupport(id, version, specialSupport, me().id()));
    }

    @PostMapping("/help/requests/{id}/first-contact")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String firstContact(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String date,
            @RequestParam(required = false) String time, @RequestParam(required = false) String note, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        RequestDetails request = find(id);
        Map<String, String> errors = new LinkedHashMap<>();
        ZonedDateTime at = null;
        try {
            at = ZonedDateTime.of(LocalDate.parse(nz(date).strip()),
                    time == null || time.isBlank() ? LocalTime.NOON : LocalTime.parse(time.strip()),
                    HelpRequestIntake.FINLAND);
            if (at.isAfter(ZonedDateTime.now(clock).plusMinutes(5)) || at.isBefore(request.receivedAt().minusMinutes(1))) {
                errors.put("contactDate", "help.error.contactDate");
            }
        } catch (DateTimeParseException e) {
            errors.put("contactDate", "help.error.date");
        }
        if (tooLong(note)) errors.put("contactNote", "help.error.tooLong");
        if (!errors.isEmpty()) {
            return invalid(id, errors, Map.of("contactDate", nz(date), "contactTime", nz(time), "contactNote", nz(note)),
                    model, locale, response);
        }
        var instant = at.toInstant();
        return act(id, redirect, "help.done.firstContact",
                () -> handling.recordFirstContact(id, version, instant, note, me().id()));
    }

    @PostMapping("/help/requests/{id}/answer")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String answer(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String answer,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (answer == null || answer.isBlank()) errors.put("answer", "help.error.answer");
        else if (tooLong(answer)) errors.put("answer", "help.error.tooLong");
        if (!errors.isEmpty()) return invalid(id, errors, Map.of("answer", nz(answer)), model, locale, response);
        return act(id, redirect, "help.done.answered", () -> handling.answer(id, version, answer.strip(), me().id()));
    }

    @PostMapping("/help/requests/{id}/outcome")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String outcome(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note, @RequestParam(required = false) List<String> services,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Outcome value = parse(Outcome.class, outcome);
        if (value == null) errors.put("outcome", "help.error.outcome");
        if (tooLong(note)) errors.put("outcomeNote", "help.error.tooLong");
        List<UUID> linked = new ArrayList<>();
        for (String s : services == null ? List.<String>of() : services) {
            UUID service = uuid(s);
            if (service == null) errors.put("services", "help.error.service");
            else linked.add(service);
        }
        if (errors.isEmpty() && this.services.find(linked.stream().map(ServiceId::new).toList(), locale).size() != linked.size()) {
            errors.put("services", "help.error.service");
        }
        if (!errors.isEmpty()) return invalid(id, errors, Map.of("outcomeNote", nz(note)), model, locale, response);
        return act(id, redirect, "help.done.outcome",
                () -> handling.recordOutcome(id, version, value, blankToNull(note), linked, me().id()));
    }

    /** Service-map suggestions for linking services to the outcome (htmx, as the worker types). */
    @GetMapping("/help/requests/{id}/services")
    @Authorized(value = Action.HANDLE_HELP_REQUEST, target = "id")
    String serviceSuggestions(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model,
            Locale locale) {
        RequestDetails request = find(id);
        model.addAttribute("suggestions", q.isBlank() || q.length() > 200 ? List.of()
                : services.search(q, request.area() == null ? null : request.area().value(), locale, 8));
        model.addAttribute("q", q);
        return "help/request :: suggestions";
    }

    /** This week's on-call team of each of the worker's areas (seed 004: teams of three per week). */
    public record AreaOnCall(String area, OnCallTeam team) {}

    private List<AreaOnCall> onCallThisWeek() {
        LocalDate today = LocalDate.now(clock.withZone(HelpRequestIntake.FINLAND));
        return areas.assignedTo(me().id()).stream()
                .map(area -> new AreaOnCall(areas.find(area).map(a -> a.name()).orElse(""),
                        rota.teamOn(area, today).orElse(null)))
                .toList();
    }

    private String page(UUID id, Map<String, String> errors, Map<String, String> values, Model model, Locale locale) {
        RequestDetails request = find(id);
        audit.record(AuditEventType.HELP_REQUEST_VIEWED, id);
        model.addAttribute("request", request);
        model.addAttribute("history", reader.history(id));
        model.addAttribute("notification", notifications.find(new HelpRequestId(id)).orElse(null));
        model.addAttribute("colleagues", colleagues(request));
        model.addAttribute("linkedServices", services.find(request.linkedServices().stream().map(ServiceId::new).toList(), locale));
        model.addAttribute("today", LocalDate.now(clock.withZone(HelpRequestIntake.FINLAND)));
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("outcomes", request.anonymous() ? Outcome.values()
                : java.util.Arrays.stream(Outcome.values()).filter(o -> o != Outcome.ANONYMOUS_ANSWERED).toArray());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("me", me().id());
        return "help/request";
    }

    private String invalid(UUID id, Map<String, String> errors, Map<String, String> values, Model model, Locale locale,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(id, errors, values, model, locale);
    }

    private String act(UUID id, RedirectAttributes redirect, String doneKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (HandlingRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/help/requests/" + id;
    }

    /** Who may be assigned: client guidance and responsible workers of the request's area (or its municipality's areas). */
    private List<UserAccounts.Colleague> colleagues(RequestDetails request) {
        List<UUID> areaIds = request.area() != null ? List.of(request.area().value())
                : areas.municipalities().stream().filter(m -> m.name().equals(request.municipality()))
                        .map(Municipality::area).map(a -> a.value()).toList();
        return users.withRoleInAreas(ASSIGNABLE, areaIds);
    }

    private RequestDetails find(UUID id) {
        return reader.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CurrentUser me() {
        return access.currentUser().orElseThrow();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
