package fi.perhekeskus.servicemap;

/** How a family gets to the service. */
public enum AccessMethod {
    SELF_REFERRAL, REFERRAL, BOOKING, WALK_IN;

    public String messageKey() {
        return "servicemap.access." + name();
    }
}
