package fi.perhekeskus.help.internal;

/** The forms of a child-protection notification the law names. */
public enum NotificationVariant {
    /** LSL 25 §. */
    STANDARD,
    /** LSL 25 a §: a professional's request made together with the child or a parent. */
    TOGETHER_WITH_FAMILY,
    /** LSL 25 c §: before the birth, when the child will need support immediately after it. */
    ADVANCE_NOTIFICATION;

    public String messageKey() {
        return "help.notifications.variant." + name();
    }
}
