package fi.perhekeskus.casework.internal;

/** A member's role in the family's network (seed 004 "Toimijoiden rooleja"). */
public enum MemberRole {
    RESPONSIBLE_WORKER, CLOSE_WORKER, NETWORK_MEMBER, OWN_CIRCLE;

    public String messageKey() {
        return "casework.role." + name();
    }
}
