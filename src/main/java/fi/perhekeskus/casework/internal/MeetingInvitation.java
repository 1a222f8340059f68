package fi.perhekeskus.casework.internal;

import fi.perhekeskus.platform.CalendarInvitation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The iCalendar invitation of a network meeting. The UID is the meeting's id, so a change (SEQUENCE+1)
 * moves the same event in every calendar and a cancellation (METHOD:CANCEL) removes it. The summary names
 * no family member: calendars are often shared with colleagues.
 */
final class MeetingInvitation {

    record Invitee(String name, String email) {}

    private MeetingInvitation() {}

    static String uid(UUID meetingId) {
        return meetingId + "@perhekeskus-verkostoneuvottelu";
    }

    static String calendar(UUID meetingId, Instant startsAt, Instant endsAt, String place, String videoLink,
            int sequence, boolean cancel, Instant now, String organizerEmail, List<Invitee> invitees, String summary) {
        return new CalendarInvitation(uid(meetingId), "Verkostoneuvottelu", startsAt, endsAt, summary, null, place,
                videoLink, sequence, cancel, "Perhekeskus", organizerEmail,
                invitees.stream().map(i -> new CalendarInvitation.Invitee(i.name(), i.email())).toList(), false)
                .toIcs(now);
    }
}
