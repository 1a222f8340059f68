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
    ADMIN;

    /** Message key of the role's name in the user's language. */
    public String messageKey() {
        return "role." + name();
    }
}
