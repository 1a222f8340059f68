package fi.perhekeskus.servicemap;

/** A service location (PTV ServiceLocation) or a meeting place (kohtaamispaikka). */
public enum PlaceKind {
    SERVICE_LOCATION, MEETING_PLACE;

    public String messageKey() {
        return "servicemap.placeKind." + name();
    }
}
