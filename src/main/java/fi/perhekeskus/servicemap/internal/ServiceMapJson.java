package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of the service map API. Texts come in the caller's language ({@code lang=}),
 * falling back to Finnish; the language each text is in is not repeated.
 */
final class ServiceMapJson {

    private ServiceMapJson() {}

    /**
     * One page of results. {@code total} is how many matched; when more matched than a search
     * ranks (200 by default), it is that number and {@code totalExact} is false ("over 200").
     */
    record Page<T>(long total, boolean totalExact, int limit, int offset, List<T> items) {}

    record OrganisationRef(String id, String name, String type) {}

    record AreaRef(String id, String name, String mode) {}

    record Point(String id, String name, double latitude, double longitude) {}

    record ServiceItem(String id, String name, String summary, OrganisationRef organisation, List<AreaRef> areas,
            String level, boolean freeOfCharge, LocalDate lastReviewed, String url, List<Point> places,
            Double distanceKm) {}

    record PlaceItem(String id, String kind, String name, String description, String organisation, Address address,
            Double latitude, Double longitude, AreaRef area, LocalDate lastReviewed, String url, Double distanceKm) {}

    record Address(String streetAddress, String postalCode, String postOffice) {}

    record Hours(int weekday, LocalTime opens, LocalTime closes) {}

    record HoursException(LocalDate day, boolean closed, LocalTime opens, LocalTime closes, String note) {}

    record Channel(String kind, String value, String description) {}

    record Outreach(String placeId, String startsAt, int durationMinutes, String rrule, boolean noAppointment,
            boolean anonymous, String note) {}

    record PlaceDetail(String id, String kind, String name, String description, OrganisationRef organisation,
            Address address, Double latitude, Double longitude, AreaRef area, String phone, String email,
            String webPage, String bookingUrl, String accessibility, List<Hours> openingHours,
            List<HoursException> exceptions, Map<String, String> profile, List<ServiceRef> services,
            LocalDate lastReviewed, String url) {}

    record ServiceRef(String id, String name, String url) {}

    record ServiceDetail(String id, String name, String summary, String description, String eligibility,
            OrganisationRef organisation, List<String> targetGroups, Integer ageMin, Integer ageMax, String level,
            boolean freeOfCharge, List<String> languages, List<String> accessMethods, List<String> keywords,
            List<AreaRef> areas, List<PlaceItem> places, List<Channel> channels, List<Outreach> outreach,
            LocalDate lastReviewed, String ptvId, String url) {}

    static String text(Texts texts, Locale locale) {
        return texts == null ? null : texts.in(locale);
    }
}
