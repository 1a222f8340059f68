package fi.perhekeskus.casework.internal.followup;

/** A rejected field of a follow-up form: the field's id (for the error summary's link) and a message key with one argument. */
public record FieldError(String field, String messageKey, String argument) {

    FieldError(String field, String messageKey) {
        this(field, messageKey, "");
    }
}
