package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.PlaceKind;
import java.util.UUID;

/** A search of places: free text, area or municipality, kind, open now, near a point. */
record PlaceQuery(String text, UUID area, String municipality, PlaceKind kind, boolean openNow,
        ServiceQuery.Point near, int limit, int offset) {

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
