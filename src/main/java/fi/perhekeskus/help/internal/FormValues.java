package fi.perhekeskus.help.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * Reading the notification forms' text fields: blanks are absent, dates are written the Finnish
 * way (14.3.2019, ISO also accepted), and every problem lands on the field it belongs to.
 */
final class FormValues {

    static final int SHORT = 200;
    static final int MEDIUM = 500;
    static final int LONG = 4000;

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** A phone number as people write it: digits with spaces, dashes or brackets, maybe a leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\".]+");

    private final Errors errors;

    FormValues(Errors errors) {
        this.errors = errors;
    }

    static String text(String value) {
        if (value == null) return null;
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    String required(String field, String value, int max, String missingCode) {
        String text = optional(field, value, max);
        if (text == null && !errors.hasFieldErrors(field)) errors.rejectValue(field, missingCode);
        return text;
    }

    String optional(String field, String value, int max) {
        String text = text(value);
        if (text != null && text.length() > max) {
            errors.rejectValue(field, "help.notifications.error.tooLong");
            return null;
        }
        return text;
    }

    String phone(String field, String value) {
        String text = text(value);
        if (text != null && (!PHONE.matcher(text).matches() || text.chars().filter(Character::isDigit).count() < 5)) {
            errors.rejectValue(field, "help.notifications.error.phone");
            return null;
        }
        return text;
    }

    String email(String field, String value) {
        String text = text(value);
        if (text != null && (text.length() > 254 || !EMAIL.matcher(text).matches())) {
            errors.rejectValue(field, "help.notifications.error.email");
            return null;
        }
        return text;
    }

    LocalDate date(String field, String value) {
        String text = text(value);
        if (text == null) return null;
        try {
            return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, FINNISH_DATE);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "help.notifications.error.date");
            return null;
        }
    }

    /** A child's birth date: not in the future, and a child (under 18) on the day of the contact. */
    LocalDate birthDate(String field, String value, LocalDate today) {
        LocalDate date = date(field, value);
        if (date == null) return null;
        if (date.isAfter(today)) {
            errors.rejectValue(field, "help.notifications.error.birthDateInFuture");
            return null;
        }
        if (!date.isAfter(today.minusYears(18))) {
            errors.rejectValue(field, "help.notifications.error.notAChild");
            return null;
        }
        return date;
    }

    Integer age(String field, String value) {
        String text = text(value);
        if (text == null) return null;
        try {
            int age = Integer.parseInt(text);
            if (age >= 0 && age < 18) return age;
        } catch (NumberFormatException e) {
            // explained below
        }
        errors.rejectValue(field, "help.notifications.error.age");
        return null;
    }

    /** The hidden key of one rendering of the form; without it a retry could not be told from a new notification. */
    static Optional<String> submissionKey(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.strip()).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
