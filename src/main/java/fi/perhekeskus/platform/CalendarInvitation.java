package fi.perhekeskus.platform;

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
 * An iCalendar invitation (RFC 5546 iTIP) for {@link Mail}: METHOD:REQUEST, or METHOD:CANCEL for the same
 * UID with a higher SEQUENCE, so a change moves and a cancellation removes the one event in every
 * calendar. Times are UTC, which every calendar converts to its own zone. The place is the LOCATION; a
 * video link is the URL (and the LOCATION when there is no place).
 *
 * @param product     the PRODID's product name, e.g. "Verkostoneuvottelu"
 * @param description optional
 * @param accepted    attendees who booked themselves have accepted; invited people still need to answer
 */
public record CalendarInvitation(String uid, String product, Instant startsAt, Instant endsAt, String summary,
        String description, String place, String videoLink, int sequence, boolean cancel, String organizerName,
        String organizerEmail, List<Invitee> invitees, boolean accepted) {

    public record Invitee(String name, String email) {}

    /** The text to attach, stamped {@code now}. */
    public String toIcs(Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Perhekeskus//" + product + "//FI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent event = new VEvent(startsAt, endsAt, summary);
        event.add(new Uid(uid));
        event.add(new DtStamp(now));
        event.add(new Sequence(sequence));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)).add(new Cn(organizerName)));
        if (place != null) event.add(new Location(place));
        else if (videoLink != null) event.add(new Location(videoLink));
        if (videoLink != null) event.add(new Url(URI.create(videoLink)));
        if (description != null && !description.isBlank()) event.add(new Description(description));
        for (Invitee invitee : invitees) {
            event.add(new Attendee(URI.create("mailto:" + invitee.email())).add(new Cn(invitee.name()))
                    .add(Role.REQ_PARTICIPANT).add(accepted ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION));
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
