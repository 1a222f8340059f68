package fi.perhekeskus.servicemap;

/** The family centre model's three levels: basic services, the family centre, special services. */
public enum ServiceLevel {
    BASIC, FAMILY_CENTRE, SPECIAL;

    public String messageKey() {
        return "servicemap.level." + name();
    }
}
