package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.MeetingPlaceQuestion;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything said about one place: a service location or a meeting place with its profile
 * (seed 003's eight questions). Drafts and published places share this shape.
 */
record PlaceContent(
        OrganisationId organisation,
        PlaceKind kind,
        Texts name,
        Texts description,
        String streetAddress,
        String postalCode,
        String postOffice,
        Double latitude,
        Double longitude,
        UUID area,
        String phone,
        String email,
        String webPage,
        String bookingUrl,
        Texts accessibility,
        Map<MeetingPlaceQuestion, Texts> profile,
        List<Hours> hours,
        List<HoursException> exceptions,
        LocalDate lastReviewed,
        UUID ptvId) {

    /** Regular hours on an ISO weekday (1 = Monday); closes at or before opens runs over midnight. */
    record Hours(int weekday, LocalTime opens, LocalTime closes) {
        boolean overMidnight() {
            return !closes.isAfter(opens);
        }
    }

    /** A day with other hours, or closed (a public holiday). */
    record HoursException(LocalDate day, boolean closed, LocalTime opens, LocalTime closes, Texts note) {}
}
