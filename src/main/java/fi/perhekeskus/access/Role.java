package fi.perhekeskus.access;

/** The roles of seed 001 "Toimijoiden rooleja", plus the administrator. */
public enum Role {
    FAMILY_MEMBER,
    CLOSE_WORKER,
    KEY_PERSON,
    RESPONSIBLE_WORKER,
    CLIENT_GUIDANCE_WORKER,
    COORDINATOR,
    STEERING_GROUP_MEMBER,
    /** Maintains an organisation's services and places in the service map; a coordinator publishes. */
    SERVICE_EDITOR,
    ADMIN;

    /** Message key of the role's name in the user's language. */
    public String messageKey() {
        return "role." + name();
    }
}
