package fi.perhekeskus.servicemap.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The markers of a map as JSON for a data attribute; app.js draws them with Leaflet. */
final class MapPoints {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Marker(String name, double lat, double lon, String url) {}

    private MapPoints() {}

    static String of(List<ServiceHit> hits, Locale locale) {
        Map<String, Marker> markers = new LinkedHashMap<>();
        for (ServiceHit hit : hits) {
            for (ServiceHit.MapPoint point : hit.points()) {
                markers.putIfAbsent(point.placeId() + hit.id(), new Marker(hit.name().in(locale) + " – " + point.name(),
                        point.latitude(), point.longitude(), "/services/" + hit.id()));
            }
        }
        return JSON.writeValueAsString(markers.values());
    }

    static String ofPlaces(List<PlaceHit> hits, Locale locale) {
        List<Marker> markers = new ArrayList<>();
        for (PlaceHit hit : hits) {
            if (hit.latitude() != null) {
                markers.add(new Marker(hit.name().in(locale), hit.latitude(), hit.longitude(), "/places/" + hit.id()));
            }
        }
        return JSON.writeValueAsString(markers);
    }

    static String ofStoredPlaces(List<PlaceRepository.StoredPlace> places, Locale locale) {
        List<Marker> markers = new ArrayList<>();
        for (PlaceRepository.StoredPlace place : places) {
            PlaceContent c = place.content();
            if (c.latitude() != null) {
                markers.add(new Marker(c.name().in(locale), c.latitude(), c.longitude(), "/places/" + place.id()));
            }
        }
        return JSON.writeValueAsString(markers);
    }
}
