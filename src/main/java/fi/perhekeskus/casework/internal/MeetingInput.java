package fi.perhekeskus.casework.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * A network meeting as entered on the form: date and times in Europe/Helsinki, a place and/or a video
 * link (https only: the link is mailed to the family), and the invited participants with their attendance.
 * {@link #parse} returns the field errors as message keys; nothing is stored while there are any.
 */
public record MeetingInput(String date, String startTime, String endTime, String place, String videoLink,
        List<Participant> participants, int version) {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final Set<String> ATTENDANCE = Set.of("IN_PERSON", "VIDEO", "PHONE");

    /** {@code member}: a case_member id; otherwise a case_person id. */
    public record Participant(boolean member, UUID id, String attendance) {
        public String value() {
            return (member ? "m:" : "p:") + id;
        }
    }

    static MeetingInput from(MultiValueMap<String, String> form) {
        List<Participant> participants = new ArrayList<>();
        for (String value : form.getOrDefault("invite", List.of())) {
            Participant p = participant(value, form.getFirst("attendance-" + value));
            if (p != null) participants.add(p);
        }
        int version;
        try {
            version = Integer.parseInt(String.valueOf(form.getFirst("version")));
        } catch (NumberFormatException e) {
            version = 0;
        }
        return new MeetingInput(trim(form.getFirst("date")), trim(form.getFirst("startTime")),
                trim(form.getFirst("endTime")), trim(form.getFirst("place")), trim(form.getFirst("videoLink")),
                participants, version);
    }

    static Participant participant(String value, String attendance) {
        if (value == null || value.length() < 3) return null;
        try {
            UUID id = UUID.fromString(value.substring(2));
            String a = ATTENDANCE.contains(attendance) ? attendance : "IN_PERSON";
            if (value.startsWith("m:")) return new Participant(true, id, a);
            if (value.startsWith("p:")) return new Participant(false, id, a);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    public boolean invited(String value) {
        return participants.stream().anyMatch(p -> p.value().equals(value));
    }

    public String attendanceOf(String value) {
        return participants.stream().filter(p -> p.value().equals(value)).map(Participant::attendance).findFirst()
                .orElse("IN_PERSON");
    }

    /** Field → message key. {@code allowed}: the participant values that may be invited in this case. */
    Map<String, String> errors(Set<String> allowed, ZonedDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = null;
        LocalTime start = null;
        LocalTime end = null;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.put("date", "casework.meeting.error.date");
        }
        try {
            start = LocalTime.parse(startTime);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.put("startTime", "casework.meeting.error.startTime");
        }
        try {
            end = LocalTime.parse(endTime);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.put("endTime", "casework.meeting.error.endTime");
        }
        if (start != null && end != null && !end.isAfter(start)) errors.put("endTime", "casework.meeting.error.endBeforeStart");
        if (day != null && start != null && !errors.containsKey("date")
                && ZonedDateTime.of(day, start, HELSINKI).isBefore(now)) {
            errors.put("date", "casework.meeting.error.past");
        }
        if (place == null && videoLink == null) errors.put("place", "casework.meeting.error.placeOrLink");
        if (place != null && place.length() > 300) errors.put("place", "casework.meeting.error.tooLong");
        if (videoLink != null && !httpsLink(videoLink)) errors.put("videoLink", "casework.meeting.error.https");
        if (participants.isEmpty()) errors.put("participants", "casework.meeting.error.participants");
        else if (participants.stream().anyMatch(p -> !allowed.contains(p.value()))) {
            errors.put("participants", "casework.meeting.error.unknownParticipant");
        }
        return errors;
    }

    ZonedDateTime startsAt() {
        return ZonedDateTime.of(LocalDate.parse(date), LocalTime.parse(startTime), HELSINKI);
    }

    ZonedDateTime endsAt() {
        return ZonedDateTime.of(LocalDate.parse(date), LocalTime.parse(endTime), HELSINKI);
    }

    private static boolean httpsLink(String link) {
        if (link.length() > 500) return false;
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
