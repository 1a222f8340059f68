package fi.perhekeskus.help.internal;

/** How a request reached client guidance; leadership reports count by it. */
public enum Channel {
    HELP_BUTTON, API, PHONE, WALK_IN, SOCIAL_SERVICES_CONTACT, CHILD_PROTECTION_NOTIFICATION;

    public String messageKey() {
        return "help.channel." + name();
    }
}
