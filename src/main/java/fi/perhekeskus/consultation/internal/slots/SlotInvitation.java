package fi.perhekeskus.consultation.internal.slots;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

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
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Perhekeskus//Konsultaatioajat//FI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent event = new VEvent(slot.startsAt(), slot.endsAt(), summary);
        event.add(new Uid(uid(bookingId)));
        event.add(new DtStamp(now));
        event.add(new Sequence(cancel ? 1 : 0));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)).add(new Cn(slot.teamName())));
        if (slot.location() != null) {
            event.add(new Location(slot.location()));
        } else if (slot.videoLink() != null) {
            event.add(new Location(slot.videoLink()));
        }
        if (slot.videoLink() != null) {
            event.add(new Url(URI.create(slot.videoLink())));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        for (Person person : attendees) {
            event.add(new Attendee(URI.create("mailto:" + person.email()))
                    .add(new Cn(person.name())).add(Role.REQ_PARTICIPANT).add(PartStat.ACCEPTED));
        }
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
