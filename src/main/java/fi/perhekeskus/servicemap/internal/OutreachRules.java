package fi.perhekeskus.servicemap.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * iCalendar recurrence rules (RFC 5545 RRULE) of outreach schedules, read with ical4j. A rule
 * must parse, must end (UNTIL or COUNT: a schedule nobody ends would be shown for ever) and must
 * repeat at most daily. Times are local to Europe/Helsinki.
 */
final class OutreachRules {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final int MAX_LENGTH = 300;

    private OutreachRules() {}

    /** The message key of what is wrong with the rule, or empty when it is fine. */
    static Optional<String> problem(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return Optional.of("servicemap.editor.rrule.required");
        }
        if (rrule.length() > MAX_LENGTH) {
            return Optional.of("servicemap.editor.rrule.invalid");
        }
        Recur<Temporal> recur;
        try {
            recur = new Recur<>(normalise(rrule));
        } catch (RuntimeException e) {
            return Optional.of("servicemap.editor.rrule.invalid");
        }
        if (recur.getFrequency() == null) {
            return Optional.of("servicemap.editor.rrule.invalid");
        }
        if (recur.getUntil() == null && recur.getCount() < 1) {
            return Optional.of("servicemap.editor.rrule.neverEnds");
        }
        if (recur.getFrequency().compareTo(Frequency.DAILY) < 0) {
            return Optional.of("servicemap.editor.rrule.tooFrequent");
        }
        return Optional.empty();
    }

    /** The rule as stored: upper case, without an "RRULE:" prefix or spaces. */
    static String normalise(String rrule) {
        String r = rrule.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        return r.startsWith("RRULE:") ? r.substring("RRULE:".length()) : r;
    }

    /**
     * The occurrences of a valid rule that start in [from, to), the first at {@code start}. The
     * rule's UNTIL (a date, a local or a UTC time) is read as Helsinki local time.
     */
    static List<LocalDateTime> occurrences(String rrule, LocalDateTime start, LocalDateTime from, LocalDateTime to) {
        String rule = normalise(rrule);
        Recur<Temporal> raw = new Recur<>(rule);
        LocalDateTime until = local(raw.getUntil());
        String withoutUntil = Arrays.stream(rule.split(";")).filter(p -> !p.startsWith("UNTIL="))
                .collect(Collectors.joining(";"));
        Recur<LocalDateTime> recur = new Recur<>(withoutUntil);
        LocalDateTime end = until != null && until.isBefore(to) ? until.plusSeconds(1) : to;
        if (!end.isAfter(from)) {
            return List.of();
        }
        return recur.getDates(start, from, end).stream()
                .filter(d -> !d.isBefore(from) && d.isBefore(end) && !d.isBefore(start))
                .sorted().toList();
    }

    private static LocalDateTime local(Temporal until) {
        return switch (until) {
            case null -> null;
            case LocalDate d -> d.atTime(LocalTime.MAX);
            case LocalDateTime t -> t;
            case OffsetDateTime t -> t.atZoneSameInstant(HELSINKI).toLocalDateTime();
            case ZonedDateTime t -> t.withZoneSameInstant(HELSINKI).toLocalDateTime();
            case java.time.Instant i -> i.atZone(HELSINKI).toLocalDateTime();
            default -> LocalDateTime.from(until);
        };
    }
}
