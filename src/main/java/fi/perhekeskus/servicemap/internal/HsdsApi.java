package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.servicemap.internal.ServiceMapJson.text;

import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.servicemap.internal.HsdsJson.Accessibility;
import fi.perhekeskus.servicemap.internal.HsdsJson.Address;
import fi.perhekeskus.servicemap.internal.HsdsJson.Attribute;
import fi.perhekeskus.servicemap.internal.HsdsJson.Contact;
import fi.perhekeskus.servicemap.internal.HsdsJson.Language;
import fi.perhekeskus.servicemap.internal.HsdsJson.Location;
import fi.perhekeskus.servicemap.internal.HsdsJson.OrganizationIdentifier;
import fi.perhekeskus.servicemap.internal.HsdsJson.Phone;
import fi.perhekeskus.servicemap.internal.HsdsJson.Schedule;
import fi.perhekeskus.servicemap.internal.HsdsJson.ServiceArea;
import fi.perhekeskus.servicemap.internal.HsdsJson.ServiceAtLocation;
import fi.perhekeskus.servicemap.internal.HsdsJson.TaxonomyTerm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published service map as Open Referral HSDS 3.0: services, organizations, locations and
 * services at locations, with their phones, contacts, schedules (opening hours and outreach
 * recurrences), service areas and languages. Only published entries are visible; an
 * organisation is visible when it has a published service or place.
 */
@Service
@Transactional(readOnly = true)
class HsdsApi {

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final ServiceRepository services;
    private final PlaceRepository places;
    private final OrganisationRepository organisations;
    private final Areas areas;
    private final MessageSource messages;

    HsdsApi(JdbcClient jdbc, ServiceRepository services, PlaceRepository places, OrganisationRepository organisations,
            Areas areas, MessageSource messages) {
        this.jdbc = jdbc;
        this.services = services;
        this.places = places;
        this.organisations = organisations;
        this.areas = areas;
        this.messages = messages;
    }

    // ---- lists ----

    HsdsJson.Page<HsdsJson.Service> services(int page, int size, Locale locale) {
        return page(page, size, "SELECT count(*) FROM service WHERE published",
                "SELECT id FROM service WHERE published ORDER BY name_fi, id LIMIT :limit OFFSET :offset",
                id -> service(new ServiceId(id), locale).orElseThrow());
    }

    HsdsJson.Page<HsdsJson.Organization> organizations(int page, int size, Locale locale) {
        String visible = """
                FROM organisation o WHERE EXISTS (SELECT 1 FROM service s WHERE s.organisation_id = o.id AND s.published)
                   OR EXISTS (SELECT 1 FROM place p WHERE p.organisation_id = o.id AND p.published)""";
        return page(page, size, "SELECT count(*) " + visible,
                "SELECT o.id " + visible + " ORDER BY o.name_fi, o.id LIMIT :limit OFFSET :offset",
                id -> organization(new OrganisationId(id), false, locale).orElseThrow());
    }

    HsdsJson.Page<Location> locations(int page, int size, Locale locale) {
        return page(page, size, "SELECT count(*) FROM place WHERE published",
                "SELECT id FROM place WHERE published ORDER BY name_fi, id LIMIT :limit OFFSET :offset",
                id -> location(new PlaceId(id), locale).orElseThrow());
    }

    HsdsJson.Page<ServiceAtLocation> servicesAtLocations(int page, int size, Locale locale) {
        String visible = """
                FROM service_place sp JOIN service s ON s.id = sp.service_id AND s.published
                JOIN place p ON p.id = sp.place_id AND p.published""";
        long total = jdbc.sql("SELECT count(*) " + visible).query(Long.class).single();
        List<ServiceAtLocation> contents = new ArrayList<>();
        jdbc.sql("SELECT sp.service_id, sp.place_id " + visible
                        + " ORDER BY s.name_fi, p.name_fi, sp.service_id, sp.place_id LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) (page - 1) * size)
                .query(rs -> {
                    contents.add(serviceAtLocation(new ServiceId(rs.getObject(1, UUID.class)),
                            new PlaceId(rs.getObject(2, UUID.class)), locale));
                });
        return page(page, size, total, contents);
    }

    private <T> HsdsJson.Page<T> page(int page, int size, String countSql, String idsSql, Function<UUID, T> load) {
        long total = jdbc.sql(countSql).query(Long.class).single();
        List<UUID> ids = jdbc.sql(idsSql).param("limit", size).param("offset", (long) (page - 1) * size)
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
        return page(page, size, total, ids.stream().map(load).toList());
    }

    private static <T> HsdsJson.Page<T> page(int page, int size, long total, List<T> contents) {
        long pages = total == 0 ? 0 : (total + size - 1) / size;
        return new HsdsJson.Page<>(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(),
                contents);
    }

    // ---- one entry ----

    Optional<HsdsJson.Service> service(ServiceId id, Locale locale) {
        return services.find(id).filter(ServiceRepository.StoredService::published).map(stored -> {
            ServiceContent c = stored.content();
            String sid = id.toString();
            Organisation org = organisations.find(c.organisation()).orElseThrow();
            List<Phone> phones = new ArrayList<>();
            String url = null, email = null;
            int n = 0;
            for (ServiceContent.Channel channel : c.channels()) {
                n++;
                if (channel.kind() == ChannelKind.PHONE) {
                    phones.add(new Phone(derived("phone", sid, n), null, sid, null, null, null, channel.value(), null,
                            "voice", text(channel.description(), locale), List.of()));
                } else if (channel.kind() == ChannelKind.EMAIL && email == null) {
                    email = channel.value();
                } else if ((channel.kind() == ChannelKind.WEB_PAGE || channel.kind() == ChannelKind.ONLINE_BOOKING)
                        && url == null) {
                    url = channel.value();
                }
            }
            List<ServiceArea> serviceAreas = new ArrayList<>();
            c.areas().forEach((areaId, mode) -> areas.find(new FamilyCentreAreaId(areaId)).ifPresent(area ->
                    serviceAreas.add(new ServiceArea(derived("service_area", sid, areaId), sid, null, area.name(),
                            message(mode == ServiceMode.OUTREACH ? "servicemap.hsds.mode.OUTREACH"
                                    : "servicemap.hsds.mode.FIXED", locale),
                            null, null, "/areas/" + areaId + "/services"))));
            List<ServiceAtLocation> atLocations = new ArrayList<>();
            for (PlaceId place : c.places()) {
                if (isPublished(place)) {
                    atLocations.add(new ServiceAtLocation(serviceAtLocationId(id, place).toString(), sid,
                            place.toString(), null, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                            List.of()));
                }
            }
            List<Schedule> schedules = outreachSchedules(id, c, null, locale);
            List<Contact> contacts = c.maintainerName() == null && c.maintainerEmail() == null ? List.of()
                    : List.of(new Contact(derived("contact", sid), null, sid, null, null, c.maintainerName(),
                            message("servicemap.hsds.maintainer", locale), null, c.maintainerEmail(), List.of()));
            List<Attribute> attributes = new ArrayList<>();
            for (TargetGroup group : c.targetGroups()) {
                attributes.add(attribute(sid, "service", "target_group", "perhekeskus-target-group", group.name(),
                        message(group.messageKey(), locale), locale));
            }
            attributes.add(attribute(sid, "service", "service_level", "perhekeskus-service-level", c.level().name(),
                    message(c.level().messageKey(), locale), locale));
            List<String> access = c.accessMethods().stream().map(m -> message(m.messageKey(), locale)).toList();
            return new HsdsJson.Service(sid, org.id().toString(), null, text(c.name(), locale), null,
                    join(text(c.summary(), locale), text(c.description(), locale)), url, email, "active", null,
                    access.isEmpty() ? null : String.join(". ", access),
                    c.freeOfCharge() ? message("servicemap.hsds.free", locale) : message("servicemap.hsds.charged", locale),
                    null, text(c.eligibility(), locale), c.ageMin(), c.ageMax(),
                    c.lastReviewed() == null ? null : c.lastReviewed().toString(), c.maintainerEmail(), null,
                    lastModified("service", id.value()), phones, schedules, serviceAreas, atLocations,
                    languages(c.languages(), sid, null, locale), organization(org, false, locale), contacts, attributes,
                    List.of());
        });
    }

    Optional<HsdsJson.Organization> organization(OrganisationId id, boolean withLocations, Locale locale) {
        boolean visible = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM service WHERE organisation_id = :id AND published)
                    OR EXISTS (SELECT 1 FROM place WHERE organisation_id = :id AND published)""")
                .param("id", id.value()).query(Boolean.class).single();
        if (!visible) return Optional.empty();
        return organisations.find(id).map(o -> {
            HsdsJson.Organization organization = organization(o, withLocations, locale);
            return organization;
        });
    }

    private HsdsJson.Organization organization(Organisation o, boolean withLocations, Locale locale) {
        String oid = o.id().toString();
        List<OrganizationIdentifier> identifiers = new ArrayList<>();
        if (o.businessId() != null) {
            identifiers.add(new OrganizationIdentifier(derived("identifier", oid, "FI-YTJ"), oid, "FI-YTJ",
                    "Y-tunnus", o.businessId()));
        }
        if (o.ptvId() != null) {
            identifiers.add(new OrganizationIdentifier(derived("identifier", oid, "PTV"), oid, "Suomi.fi PTV",
                    "PTV organization id", o.ptvId().toString()));
        }
        List<Phone> phones = o.phone() == null ? List.of()
                : List.of(new Phone(derived("phone", oid), null, null, oid, null, null, o.phone(), null, "voice", null,
                        List.of()));
        List<Location> locations = null;
        if (withLocations) {
            locations = jdbc.sql("SELECT id FROM place WHERE organisation_id = :id AND published ORDER BY name_fi, id")
                    .param("id", o.id().value()).query((rs, n) -> new PlaceId(rs.getObject(1, UUID.class))).list()
                    .stream().map(p -> location(p, locale).orElseThrow()).toList();
        }
        return new HsdsJson.Organization(oid, text(o.name(), locale), null, "", o.email(), o.webPage(),
                message(o.type().messageKey(), locale), null, null, null, List.of(), phones, locations, identifiers,
                List.of(), List.of());
    }

    Optional<Location> location(PlaceId id, Locale locale) {
        return places.find(id).filter(PlaceRepository.StoredPlace::published).map(stored -> {
            PlaceContent c = stored.content();
            String lid = id.toString();
            FamilyCentreArea area = c.area() == null ? null : areas.find(new FamilyCentreAreaId(c.area())).orElse(null);
            List<Address> addresses = c.streetAddress() == null ? List.of()
                    : List.of(new Address(derived("address", lid), lid, null, c.streetAddress(), null, c.postOffice(),
                            area == null ? null : area.region(), area == null ? null : area.region(), c.postalCode(),
                            "FI", "physical"));
            List<Phone> phones = c.phone() == null ? List.of()
                    : List.of(new Phone(derived("phone", lid), lid, null, null, null, null, c.phone(), null, "voice",
                            null, List.of()));
            List<Contact> contacts = c.email() == null ? List.of()
                    : List.of(new Contact(derived("contact", lid), null, null, null, lid, null, null, null, c.email(),
                            List.of()));
            String accessibilityText = text(c.accessibility(), locale);
            List<Accessibility> accessibility = accessibilityText == null ? List.of()
                    : List.of(new Accessibility(derived("accessibility", lid), lid, accessibilityText, null, null));
            List<Attribute> attributes = List.of(attribute(lid, "location", "location_kind", "perhekeskus-place-kind",
                    c.kind().name(), message(c.kind().messageKey(), locale), locale));
            return new Location(lid, "physical", c.webPage(), c.organisation().toString(), text(c.name(), locale), null,
                    text(c.description(), locale), null, c.latitude(), c.longitude(),
                    c.ptvId() == null ? null : c.ptvId().toString(), c.ptvId() == null ? null : "Suomi.fi PTV",
                    List.of(), addresses, contacts, accessibility, phones, openingHours(id, c, locale), attributes,
                    List.of());
        });
    }

    Optional<ServiceAtLocation> serviceAtLocation(UUID id, Locale locale) {
        return jdbc.sql("""
                SELECT sp.service_id, sp.place_id FROM service_place sp
                JOIN service s ON s.id = sp.service_id AND s.published
                JOIN place p ON p.id = sp.place_id AND p.published
                WHERE md5(sp.service_id::text || '/' || sp.place_id::text)::uuid = :id""")
                .param("id", id)
                .query((rs, n) -> serviceAtLocation(new ServiceId(rs.getObject(1, UUID.class)),
                        new PlaceId(rs.getObject(2, UUID.class)), locale))
                .optional();
    }

    private ServiceAtLocation serviceAtLocation(ServiceId service, PlaceId place, Locale locale) {
        ServiceContent c = services.find(service).orElseThrow().content();
        String salId = serviceAtLocationId(service, place).toString();
        List<Schedule> schedules = outreachSchedules(service, c, place, locale);
        return new ServiceAtLocation(salId, service.toString(), place.toString(), text(c.summary(), locale), List.of(),
                List.of(), List.of(), schedules, location(place, locale).orElse(null), List.of(), List.of());
    }

    /**
     * The id of a service at a location: the MD5 of "service id/place id" read as a UUID, the same
     * expression the database evaluates to find one by id.
     */
    static UUID serviceAtLocationId(ServiceId service, PlaceId place) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest((service.value() + "/" + place.value()).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- schedules ----

    /** Regular hours as weekly schedules (days with the same hours together) and exceptions as dated ones. */
    private List<Schedule> openingHours(PlaceId place, PlaceContent c, Locale locale) {
        String lid = place.toString();
        Map<String, List<Integer>> byHours = new LinkedHashMap<>();
        for (PlaceContent.Hours h : c.hours()) {
            byHours.computeIfAbsent(h.opens().format(HH_MM) + "-" + h.closes().format(HH_MM), k -> new ArrayList<>())
                    .add(h.weekday());
        }
        List<Schedule> schedules = new ArrayList<>();
        byHours.forEach((hours, days) -> {
            String byday = String.join(",", days.stream().map(d -> DAYS[d - 1]).toList());
            schedules.add(new Schedule(derived("schedule", lid, hours, byday), null, lid, null, null, null, null, null,
                    null, null, "MO", "WEEKLY", 1, byday, null, null, null, null, hours.substring(0, 5),
                    hours.substring(6), null, null, null));
        });
        for (PlaceContent.HoursException e : c.exceptions()) {
            String day = e.day().toString();
            String note = text(e.note(), locale);
            String description = e.closed() ? join(message("servicemap.hsds.closed", locale), note) : note;
            schedules.add(new Schedule(derived("schedule", lid, day), null, lid, null, day, day, day, null, null,
                    null, null, null, null, null, null, null, null, description,
                    e.closed() ? null : e.opens().format(HH_MM), e.closed() ? null : e.closes().format(HH_MM), null,
                    null, null));
        }
        return schedules;
    }

    /** Outreach (jalkautuminen) recurrences of a service, at one place or at all. */
    private List<Schedule> outreachSchedules(ServiceId service, ServiceContent c, PlaceId onlyAt, Locale locale) {
        List<Schedule> schedules = new ArrayList<>();
        String sid = service.toString();
        int n = 0;
        for (ServiceContent.Outreach o : c.outreach()) {
            n++;
            if (onlyAt != null && !onlyAt.equals(o.place())) continue;
            Map<String, String> rule = rrule(o.rrule());
            String until = rule.get("UNTIL");
            String salId = c.places().contains(o.place()) ? serviceAtLocationId(service, o.place()).toString() : null;
            List<String> notes = new ArrayList<>();
            if (o.noAppointment()) notes.add(message("servicemap.hsds.noAppointment", locale));
            if (o.anonymous()) notes.add(message("servicemap.hsds.anonymous", locale));
            LocalTime opens = o.startsAt().toLocalTime();
            schedules.add(new Schedule(derived("outreach", sid, n), sid, o.place().toString(), salId,
                    o.startsAt().toLocalDate().toString(), null, o.startsAt().toLocalDate().toString(), null,
                    until == null || until.length() < 8 ? null
                            : until.substring(0, 4) + "-" + until.substring(4, 6) + "-" + until.substring(6, 8),
                    integer(rule.get("COUNT")), rule.get("WKST"), rule.get("FREQ"), integer(rule.get("INTERVAL")),
                    rule.get("BYDAY"), rule.get("BYWEEKNO"), rule.get("BYMONTHDAY"), rule.get("BYYEARDAY"),
                    text(o.note(), locale), opens.format(HH_MM), opens.plusMinutes(o.durationMinutes()).format(HH_MM),
                    null, message("servicemap.hsds.inPerson", locale),
                    notes.isEmpty() ? null : String.join(". ", notes)));
        }
        return schedules;
    }

    private static Map<String, String> rrule(String rrule) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (rrule == null) return parts;
        for (String part : rrule.replaceFirst("^RRULE:", "").split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) parts.put(part.substring(0, eq).toUpperCase(Locale.ROOT), part.substring(eq + 1));
        }
        return parts;
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- small parts ----

    private List<Language> languages(List<String> codes, String serviceId, String locationId, Locale locale) {
        return codes.stream().map(code -> new Language(derived("language", serviceId, locationId, code), serviceId,
                locationId, null, Locale.of(code).getDisplayLanguage(locale), code, null)).toList();
    }

    private Attribute attribute(String linkId, String entity, String linkType, String taxonomy, String code,
            String name, Locale locale) {
        String termId = derived("taxonomy_term", taxonomy, code);
        return new Attribute(derived("attribute", linkId, taxonomy, code), linkId, termId, linkType, entity, null,
                new TaxonomyTerm(termId, code, name, name, null, taxonomy, locale.getLanguage()), name);
    }

    private String lastModified(String table, UUID id) {
        OffsetDateTime updated = jdbc.sql("SELECT updated_at FROM " + table + " WHERE id = :id").param("id", id)
                .query(OffsetDateTime.class).single();
        return updated.toInstant().toString();
    }

    private boolean isPublished(PlaceId place) {
        return jdbc.sql("SELECT published FROM place WHERE id = :id").param("id", place.value()).query(Boolean.class)
                .optional().orElse(false);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) return second;
        if (second == null || second.isBlank()) return first;
        return first + "\n\n" + second;
    }

    /** Stable ids for nested objects, derived from what they belong to. */
    private static String derived(String kind, Object... parts) {
        StringBuilder name = new StringBuilder("hsds:").append(kind);
        for (Object part : parts) name.append(':').append(part);
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
