package fi.perhekeskus.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates as people type them: ISO (date inputs) or Finnish d.M.yyyy. */
final class FormDates {

    private static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.uuuu");

    private FormDates() {}

    /** Empty for a blank value; {@code null} inside the Optional is never returned. Throws for garbage. */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = text.strip();
        try {
            return Optional.of(t.contains(".") ? LocalDate.parse(t, FINNISH) : LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
