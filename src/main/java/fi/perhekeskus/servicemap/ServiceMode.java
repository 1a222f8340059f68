package fi.perhekeskus.servicemap;

/** Per area: the service is at a fixed place, or it goes where families are (jalkautuva). */
public enum ServiceMode {
    FIXED, OUTREACH;

    public String messageKey() {
        return "servicemap.mode." + name();
    }
}
