package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDate;
import java.util.List;

/** A service in a result list, with what the list shows and the map needs. */
record ServiceHit(ServiceId id, Texts name, Texts summary, Texts organisation, OrganisationType providerType,
        ServiceLevel level, boolean freeOfCharge, List<AreaRef> areas, LocalDate lastReviewed, List<MapPoint> points,
        Double distanceKm) {

    /** A family centre area the service serves, and how. */
    record AreaRef(String id, String name, String mode) {}

    /** A place of the service with coordinates, for the map. */
    record MapPoint(String placeId, String name, double latitude, double longitude) {}
}
