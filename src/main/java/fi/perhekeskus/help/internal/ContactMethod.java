package fi.perhekeskus.help.internal;

/** How the family wants to be reached; NONE is an anonymous question answered on the receipt page. */
public enum ContactMethod {
    NONE, PHONE, EMAIL;

    public String messageKey() {
        return "help.contact." + name();
    }
}
