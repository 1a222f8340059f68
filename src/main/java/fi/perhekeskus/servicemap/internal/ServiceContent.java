package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.AccessMethod;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything an editor, an import or the demo data says about one service. The same record is
 * a draft (stored as JSON in content_revision) and, once published, the service row with its
 * areas, places, channels and outreach schedules.
 *
 * @param areas family centre area id → whether the service is at a fixed place or goes out there
 * @param languages ISO 639-1 codes of the languages the service is given in
 */
record ServiceContent(
        OrganisationId organisation,
        Texts name,
        Texts summary,
        Texts description,
        Texts eligibility,
        Set<TargetGroup> targetGroups,
        Integer ageMin,
        Integer ageMax,
        ServiceLevel level,
        boolean freeOfCharge,
        List<String> languages,
        Set<AccessMethod> accessMethods,
        List<String> keywords,
        Map<UUID, ServiceMode> areas,
        List<PlaceId> places,
        List<Channel> channels,
        List<Outreach> outreach,
        String maintainerName,
        String maintainerEmail,
        LocalDate lastReviewed,
        UUID ptvId) {

    /** A phone number, e-mail address, web page, online booking link or chat. */
    record Channel(ChannelKind kind, String value, Texts description) {}

    /**
     * A recurring presence at a place: {@code rrule} is an iCalendar RRULE (RFC 5545) that must
     * end (UNTIL or COUNT), starting at {@code startsAt} local time in Europe/Helsinki.
     */
    record Outreach(PlaceId place, LocalDateTime startsAt, int durationMinutes, String rrule,
            boolean noAppointment, boolean anonymous, Texts note) {}
}
