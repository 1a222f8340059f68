package fi.perhekeskus.casework.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
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
 * The iCalendar invitation (RFC 5546) of a network meeting. The UID is the meeting's id, so a change
 * (SEQUENCE+1) moves the same event in every calendar and a cancellation (METHOD:CANCEL) removes it.
 * The summary names no family member: calendars are often shared with colleagues.
 */
final class MeetingInvitation {

    record Invitee(String name, String email) {}

    private MeetingInvitation() {}

    static String uid(UUID meetingId) {
        return meetingId + "@perhekeskus-verkostoneuvottelu";
    }

    static String calendar(UUID meetingId, Instant startsAt, Instant endsAt, String place, String videoLink,
            int sequence, boolean cancel, Instant now, String organizerEmail, List<Invitee> invitees, String summary) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Perhekeskus//Verkostoneuvottelu//FI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent event = new VEvent(startsAt, endsAt, summary);
        event.add(new Uid(uid(meetingId)));
        event.add(new DtStamp(now));
        event.add(new Sequence(sequence));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)).add(new Cn("Perhekeskus")));
        if (place != null) event.add(new Location(place));
        else if (videoLink != null) event.add(new Location(videoLink));
        if (videoLink != null) event.add(new Url(URI.create(videoLink)));
        for (Invitee invitee : invitees) {
            event.add(new Attendee(URI.create("mailto:" + invitee.email()))
                    .add(new Cn(invitee.name())).add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION));
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
