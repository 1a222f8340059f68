package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.Texts;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outreach (jalkautuminen) of published services at published places: the schedules, their
 * upcoming occurrences for the service and place pages, and iCalendar feeds.
 */
@Component
class OutreachCalendar {

    /** How far ahead the pages show occurrences. */
    static final int WEEKS_AHEAD = 8;

    /** A schedule as stored, with the names the pages and feeds show. */
    record Schedule(UUID id, ServiceId service, Texts serviceName, PlaceId place, Texts placeName, String address,
            LocalDateTime startsAt, int durationMinutes, String rrule, boolean noAppointment, boolean anonymous,
            Texts note) {}

    /** One upcoming visit. */
    record Occurrence(Schedule schedule, LocalDateTime start, LocalDateTime end) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    OutreachCalendar(JdbcClient jdbc, org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = Clock.system(OutreachRules.HELSINKI);
    }

    List<Schedule> ofService(ServiceId service) {
        return schedules("o.service_id = :id", service.value());
    }

    List<Schedule> atPlace(PlaceId place) {
        return schedules("o.place_id = :id", place.value());
    }

    /** Upcoming occurrences of these schedules in the next {@code weeks} weeks, soonest first. */
    List<Occurrence> upcoming(List<Schedule> schedules, int weeks) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime to = now.plusWeeks(weeks);
        List<Occurrence> occurrences = new ArrayList<>();
        for (Schedule s : schedules) {
            // a visit that is going on now is still worth showing
            LocalDateTime from = now.minusMinutes(s.durationMinutes());
            try {
                for (LocalDateTime start : OutreachRules.occurrences(s.rrule(), s.startsAt(), from, to)) {
                    occurrences.add(new Occurrence(s, start, start.plusMinutes(s.durationMinutes())));
                }
            } catch (RuntimeException e) {
                // a rule stored before validation existed (an import): show nothing rather than fail the page
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::start));
        return occurrences;
    }

    /**
     * An iCalendar feed of the schedules: one VEVENT with its RRULE each, in Europe/Helsinki,
     * its texts in {@code locale} (Finnish where a text has no translation).
     */
    String feed(List<Schedule> schedules, String calendarName, String baseUrl, java.util.Locale locale) {
        var timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/Helsinki");
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Perhekeskus//Palvelukartta//FI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", calendarName));
        calendar.add(timeZone.getVTimeZone());
        for (Schedule s : schedules) {
            VEvent event = new VEvent(s.startsAt().atZone(OutreachRules.HELSINKI),
                    Duration.ofMinutes(s.durationMinutes()), s.serviceName().in(locale) + " – " + s.placeName().in(locale));
            event.add(new Uid(s.id() + "@perhekeskus"));
            event.add(new RRule<>(OutreachRules.normalise(s.rrule())));
            if (s.address() != null) {
                event.add(new Location(s.address()));
            }
            String description = description(s, locale);
            if (!description.isEmpty()) {
                event.add(new Description(description));
            }
            event.add(new Url(java.net.URI.create(baseUrl + "/services/" + s.service().value())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private String description(Schedule s, java.util.Locale locale) {
        List<String> parts = new ArrayList<>();
        if (s.noAppointment()) {
            parts.add(messages.getMessage("servicemap.outreach.noAppointment", null, locale));
        }
        if (s.anonymous()) {
            parts.add(messages.getMessage("servicemap.outreach.anonymous", null, locale));
        }
        String note = s.note() == null ? null : s.note().in(locale);
        if (note != null && !note.isBlank()) {
            parts.add(note);
        }
        return String.join(" ", parts);
    }

    private List<Schedule> schedules(String condition, UUID id) {
        return jdbc.sql("""
                SELECT o.*, s.name_fi AS service_fi, s.name_sv AS service_sv, s.name_en AS service_en,
                    p.name_fi AS place_fi, p.name_sv AS place_sv, p.name_en AS place_en,
                    p.street_address, p.postal_code, p.post_office
                FROM outreach_schedule o
                JOIN service s ON s.id = o.service_id AND s.published
                JOIN place p ON p.id = o.place_id AND p.published
                WHERE %s ORDER BY s.name_fi, p.name_fi, o.starts_at""".formatted(condition))
                .param("id", id)
                .query((rs, n) -> new Schedule(rs.getObject("id", UUID.class),
                        new ServiceId(rs.getObject("service_id", UUID.class)), Columns.texts(rs, "service"),
                        new PlaceId(rs.getObject("place_id", UUID.class)), Columns.texts(rs, "place"),
                        address(rs.getString("street_address"), rs.getString("postal_code"), rs.getString("post_office")),
                        rs.getTimestamp("starts_at").toLocalDateTime(), rs.getInt("duration_minutes"),
                        rs.getString("rrule"), rs.getBoolean("no_appointment"), rs.getBoolean("anonymous"),
                        Columns.texts(rs, "note")))
                .list();
    }

    private static String address(String street, String postalCode, String postOffice) {
        if (street == null) {
            return null;
        }
        String place = ((postalCode == null ? "" : postalCode) + " " + (postOffice == null ? "" : postOffice)).strip();
        return place.isEmpty() ? street : street + ", " + place;
    }
}
