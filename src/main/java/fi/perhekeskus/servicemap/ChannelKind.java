package fi.perhekeskus.servicemap;

/** Non-place channels of a service (PTV Phone, EChannel and WebPage channels). */
public enum ChannelKind {
    PHONE, EMAIL, WEB_PAGE, ONLINE_BOOKING, CHAT;

    public String messageKey() {
        return "servicemap.channel." + name();
    }
}
