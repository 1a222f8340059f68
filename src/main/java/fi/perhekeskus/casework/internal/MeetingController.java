package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduling, changing and cancelling a network meeting (verkostoneuvottelu) of a case. */
@Controller
class MeetingController {

    private final NetworkMeetings meetings;
    private final CaseReader cases;
    private final AccessControl access;
    private final CaseAudit audit;

    MeetingController(NetworkMeetings meetings, CaseReader cases, AccessControl access, CaseAudit audit) {
        this.meetings = meetings;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/cases/{caseId}/meetings/new")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String newMeeting(@PathVariable UUID caseId, Model model) {
        CaseId id = new CaseId(caseId);
        MeetingInput empty = new MeetingInput(null, "09:00", "10:30", null, null,
                meetings.candidates(id).stream().filter(c -> c.value().startsWith("m:"))
                        .map(c -> MeetingInput.participant(c.value(), "IN_PERSON")).toList(), 0);
        return form(id, null, empty, Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/meetings/new")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String schedule(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        MeetingInput input = MeetingInput.from(form);
        Map<String, String> errors = input.errors(allowed(id), now());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(id, null, input, errors, model);
        }
        meetings.schedule(id, input, userId(), key(form.getFirst("key")));
        redirect.addFlashAttribute("notice", "casework.meeting.scheduled");
        return "redirect:/cases/" + caseId + "#MeetingSection";
    }

    @GetMapping("/cases/{caseId}/meetings/{meetingId}/edit")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String edit(@PathVariable UUID caseId, @PathVariable UUID meetingId, Model model) {
        CaseId id = new CaseId(caseId);
        var details = meetings.details(id, meetingId).orElseThrow(MeetingController::notFound);
        if (!"PLANNED".equals(details.meeting().status())) throw notFound();
        var start = details.meeting().startsAt().atZone(MeetingInput.HELSINKI);
        var end = details.meeting().endsAt().atZone(MeetingInput.HELSINKI);
        MeetingInput input = new MeetingInput(start.toLocalDate().toString(), start.toLocalTime().toString(),
                end.toLocalTime().toString(), details.meeting().place(), details.meeting().videoLink(),
                details.participants().stream().map(a -> MeetingInput.participant(a.value(), a.attendance())).toList(),
                details.version());
        return form(id, meetingId, input, Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/meetings/{meetingId}/edit")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String change(@PathVariable UUID caseId, @PathVariable UUID meetingId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        meetings.details(id, meetingId).orElseThrow(MeetingController::notFound);
        MeetingInput input = MeetingInput.from(form);
        Map<String, String> errors = input.errors(allowed(id), now());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(id, meetingId, input, errors, model);
        }
        if (!meetings.change(id, meetingId, input)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(id, meetingId, input, Map.of("form", "casework.meeting.error.changedMeanwhile"), model);
        }
        redirect.addFlashAttribute("notice", "casework.meeting.changed");
        return "redirect:/cases/" + caseId + "#MeetingSection";
    }

    @PostMapping("/cases/{caseId}/meetings/{meetingId}/cancel")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    String cancel(@PathVariable UUID caseId, @PathVariable UUID meetingId, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        meetings.details(id, meetingId).orElseThrow(MeetingController::notFound);
        boolean cancelled = meetings.cancel(id, meetingId);
        redirect.addFlashAttribute(cancelled ? "notice" : "problem",
                cancelled ? "casework.meeting.cancelled" : "casework.meeting.error.notPlanned");
        return "redirect:/cases/" + caseId + "#MeetingSection";
    }

    private String form(CaseId id, UUID meetingId, MeetingInput input, Map<String, String> errors, Model model) {
        model.addAttribute("overview", cases.overview(id).orElseThrow(MeetingController::notFound));
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("input", input);
        model.addAttribute("candidates", meetings.candidates(id));
        model.addAttribute("errors", errors);
        model.addAttribute("attendances", List.of("IN_PERSON", "VIDEO", "PHONE"));
        model.addAttribute("formKey", UUID.randomUUID());
        // The form shows the network's and the family's names and contacts: a read of case data.
        audit.record(AuditEventType.CASE_VIEWED, id, meetingId == null ? Map.of("page", "meeting-form")
                : Map.of("page", "meeting-form", "meeting", meetingId.toString()));
        return "casework/meeting-form";
    }

    private static UUID key(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Set<String> allowed(CaseId id) {
        return meetings.candidates(id).stream().map(NetworkMeetings.Candidate::value).collect(Collectors.toSet());
    }

    private ZonedDateTime now() {
        return meetings.now().atZone(MeetingInput.HELSINKI);
    }

    private UUID userId() {
        return access.currentUser().map(u -> u.id().value()).orElse(null);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
