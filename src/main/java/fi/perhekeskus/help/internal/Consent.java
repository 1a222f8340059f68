package fi.perhekeskus.help.internal;

/** SHL 35 §: whether the person agreed to the contact to social services; when not, the reason is kept. */
public enum Consent {
    GIVEN, REFUSED, NOT_OBTAINABLE;

    public String messageKey() {
        return "help.notifications.consent." + name();
    }
}
