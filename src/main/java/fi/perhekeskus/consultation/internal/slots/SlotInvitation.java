package fi.perhekeskus.consultation.internal.slots;

import fi.perhekeskus.platform.CalendarInvitation;
import java.time.Instant;
import java.util.List;

/**
 * The iCalendar invitation (RFC 5546 iTIP) of one booking. The UID is the booking's own id, so the
 * cancellation (METHOD:CANCEL, SEQUENCE 1) removes exactly the event the request (SEQUENCE 0) created.
 * Times are in UTC, which every calendar converts to its own zone.
 */
final class SlotInvitation {

    /** Someone invited: the booker or a team member with an email address. */
    record Person(String name, String email) {}

    private SlotInvitation() {}

    static String request(Slot slot, Instant now, String organizerEmail, List<Person> attendees, String summary,
            String description) {
        return calendar(slot, slot.bookingId().toString(), now, organizerEmail, attendees, summary, description, false);
    }

    static String cancel(Slot slot, Instant now, String organizerEmail, List<Person> attendees, String summary,
            String description) {
        return calendar(slot, slot.bookingId().toString(), now, organizerEmail, attendees, summary, description, true);
    }

    static String uid(String bookingId) {
        return bookingId + "@perhekeskus";
    }

    private static String calendar(Slot slot, String bookingId, Instant now, String organizerEmail,
            List<Person> attendees, String summary, String description, boolean cancel) {
        return new CalendarInvitation(uid(bookingId), "Konsultaatioajat", slot.startsAt(), slot.endsAt(), summary,
                description, slot.location(), slot.videoLink(), cancel ? 1 : 0, cancel, slot.teamName(),
                organizerEmail, attendees.stream().map(p -> new CalendarInvitation.Invitee(p.name(), p.email())).toList(),
                true).toIcs(now);
    }
}
