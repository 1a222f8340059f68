package fi.perhekeskus.help.internal;

/**
 * Who made a child-protection notification. Professionals (LSL 25 § 1 mom.) are identified from
 * their account and may not notify anonymously; a private person may.
 */
public enum NotifierKind {
    PROFESSIONAL, PRIVATE_PERSON, ANONYMOUS;

    public String messageKey() {
        return "help.notifications.notifier." + name();
    }
}
