package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Everything published for one family centre area: its services by level, its meeting places
 * and its other service points. The area page, the brochure and the welcome letter show it.
 */
@Component
class AreaDirectory {

    /** An area's published entries; {@code municipality} narrows the services to those serving it. */
    record Listing(FamilyCentreArea area, String municipality, Map<ServiceLevel, List<ServiceHit>> servicesByLevel,
            int serviceCount, List<PlaceHit> meetingPlaces, List<PlaceHit> servicePoints) {

        List<PlaceHit> places() {
            return java.util.stream.Stream.concat(meetingPlaces.stream(), servicePoints.stream()).toList();
        }
    }

    private final Areas areas;
    private final ServiceSearch services;
    private final PlaceSearch places;

    AreaDirectory(Areas areas, ServiceSearch services, PlaceSearch places) {
        this.areas = areas;
        this.services = services;
        this.places = places;
    }

    Optional<Listing> of(UUID areaId) {
        return areas.find(new FamilyCentreAreaId(areaId)).map(area -> listing(area, null));
    }

    /** The listing of the area a municipality belongs to, by the municipality's name in any case. */
    Optional<Listing> ofMunicipality(String municipality) {
        return areas.all().stream()
                .flatMap(area -> area.municipalities().stream()
                        .filter(name -> name.equalsIgnoreCase(municipality.strip()))
                        .map(name -> listing(area, name)))
                .findFirst();
    }

    private Listing listing(FamilyCentreArea area, String municipality) {
        UUID id = area.id().value();
        List<ServiceHit> found = services.searchAll(new ServiceQuery(null, id, municipality, null, null, null, null,
                null, null, false, null, null, ServiceQuery.MAX_LIMIT, 0));
        List<PlaceHit> all = places.search(new PlaceQuery(null, id, municipality, null, false, null,
                ServiceQuery.MAX_LIMIT, 0)).items();
        return new Listing(area, municipality, AreaServices.byLevel(found), found.size(),
                all.stream().filter(p -> p.kind() == PlaceKind.MEETING_PLACE).toList(),
                all.stream().filter(p -> p.kind() == PlaceKind.SERVICE_LOCATION).toList());
    }
}
