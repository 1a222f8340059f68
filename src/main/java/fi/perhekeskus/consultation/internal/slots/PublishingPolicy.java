package fi.perhekeskus.consultation.internal.slots;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * What a team may publish: whole times in the future, end after start, at most {@value #MAX_AT_ONCE} at
 * once (a year of weekly times), a place or a secure video link. Overlap with the team's other times is
 * checked against the database by {@link SlotPublishing}.
 */
final class PublishingPolicy {

    static final int MAX_AT_ONCE = 52;
    static final int MAX_INTERVAL_WEEKS = 8;
    static final int MAX_TEXT = 300;

    private PublishingPolicy() {}

    /** The times the form asks for, or an empty list with the reasons in {@code errors}. */
    static List<SlotTime> times(SlotForm form, Clock clock, Errors errors) {
        LocalDate date = parse(() -> LocalDate.parse(form.getDate().strip()));
        LocalTime start = parse(() -> LocalTime.parse(form.getStart().strip()));
        LocalTime end = parse(() -> LocalTime.parse(form.getEnd().strip()));
        Integer count = number(form.getCount());
        Integer interval = number(form.getIntervalWeeks());
        if (date == null) errors.rejectValue("date", "slots.error.date");
        if (start == null) errors.rejectValue("start", "slots.error.time");
        if (end == null) errors.rejectValue("end", "slots.error.time");
        else if (start != null && !end.isAfter(start)) errors.rejectValue("end", "slots.error.endBeforeStart");
        if (count == null || count < 1 || count > MAX_AT_ONCE) {
            errors.rejectValue("count", "slots.error.count", new Object[] {MAX_AT_ONCE}, null);
        }
        if (count != null && count > 1 && (interval == null || interval < 1 || interval > MAX_INTERVAL_WEEKS)) {
            errors.rejectValue("intervalWeeks", "slots.error.interval", new Object[] {MAX_INTERVAL_WEEKS}, null);
        }
        String location = form.locationOrNull();
        String link = form.videoLinkOrNull();
        if (location == null && link == null) errors.rejectValue("location", "slots.error.place");
        if (location != null && location.length() > MAX_TEXT) errors.rejectValue("location", "slots.error.tooLong");
        if (link != null && !secureLink(link)) errors.rejectValue("videoLink", "slots.error.videoLink");
        if (errors.hasErrors()) return List.of();
        Instant first = date.atTime(start).atZone(Slot.HELSINKI).toInstant();
        if (!first.isAfter(clock.instant())) {
            errors.rejectValue("date", "slots.error.past");
            return List.of();
        }
        List<SlotTime> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = date.plusWeeks((long) i * (count > 1 ? interval : 0));
            times.add(new SlotTime(day.atTime(start).atZone(Slot.HELSINKI).toInstant(),
                    day.atTime(end).atZone(Slot.HELSINKI).toInstant()));
        }
        return times;
    }

    /** Only https: the link goes into calendar invitations of several people. */
    static boolean secureLink(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && link.length() <= MAX_TEXT
                    && link.chars().noneMatch(Character::isWhitespace);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
