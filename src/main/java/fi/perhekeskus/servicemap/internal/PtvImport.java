package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.servicemap.internal.Columns.blankToNull;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.Municipality;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.servicemap.Texts;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports a document of Suomi.fi PTV Open API v11 objects as the PTV OUT API returns them:
 * {@code {"organizations": [...], "services": [...], "serviceChannels": [...]}}.
 *
 * <p>Organisations come first, then service channels (a ServiceLocation channel becomes a
 * place; Phone, EChannel and WebPage channels become channels of the services that link to
 * them), then services. Each organisation, place and service is written in its own transaction:
 * a malformed element is rejected with its reason and the others are imported, and none is
 * half-written. Our ids derive from the PTV ids, so importing again updates the same rows, and
 * an element whose content did not change is not written at all. Imported entries are published:
 * PTV is the authoritative source, and its modification date becomes the last-reviewed date.
 */
@Service
class PtvImport {

    /** An element not imported, with the reason in the caller's language. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PtvRejectedElement")
    record Rejected(String id, String type, String reason) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "PtvImportReport")
    record Report(int created, int updated, int unchanged, List<Rejected> rejected) {}

    /** The document as a whole is unusable; nothing was imported. */
    static final class MalformedDocument extends RuntimeException {
        MalformedDocument(String code) {
            super(code);
        }
    }

    private static final class Rejection extends RuntimeException {
        final String code;
        final Object[] args;

        Rejection(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Channels that are not places, by PTV id, as they attach to the services linking to them. */
    private record ChannelLinks(Map<UUID, List<ServiceContent.Channel>> channels) {}

    static final String[] TOP_LEVEL = {"organizations", "services", "serviceChannels"};

    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final ServiceRepository services;
    private final Areas areas;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    PtvImport(OrganisationRepository organisations, PlaceRepository places, ServiceRepository services, Areas areas,
            AuditLog audit, TransactionTemplate transactions, MessageSource messages) {
        this.organisations = organisations;
        this.places = places;
        this.services = services;
        this.areas = areas;
        this.audit = audit;
        this.transactions = transactions;
        this.messages = messages;
    }

    /** Checks the top-level shape before anything is written: an object with arrays of objects. */
    static void checkShape(JsonNode document) {
        if (document == null || !document.isObject()) throw new MalformedDocument("notAnObject");
        boolean any = false;
        for (String key : TOP_LEVEL) {
            JsonNode list = document.get(key);
            if (list == null || list.isNull()) continue;
            if (!list.isArray()) throw new MalformedDocument("notAnArray");
            for (JsonNode element : list.values()) {
                if (!element.isObject()) throw new MalformedDocument("elementNotAnObject");
            }
            any = true;
        }
        if (!any) throw new MalformedDocument("noLists");
    }

    Report run(JsonNode document, Locale locale) {
        return run(document, locale, null);
    }

    /** Imports as {@code actor} in the audit log, or as the current user when it is null. */
    Report run(JsonNode document, Locale locale, String actor) {
        checkShape(document);
        Map<Outcome, Integer> counts = new HashMap<>();
        List<Rejected> rejected = new ArrayList<>();

        for (JsonNode element : list(document, "organizations")) {
            attempt("organization", element, locale, counts, rejected, () -> importOrganisation(element));
        }
        ChannelLinks links = new ChannelLinks(new HashMap<>());
        for (JsonNode element : list(document, "serviceChannels")) {
            attempt("serviceChannel", element, locale, counts, rejected, () -> importChannel(element, links));
        }
        for (JsonNode element : list(document, "services")) {
            attempt("service", element, locale, counts, rejected, () -> importService(element, links));
        }
        Report report = new Report(counts.getOrDefault(Outcome.CREATED, 0), counts.getOrDefault(Outcome.UPDATED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0), List.copyOf(rejected));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("created", report.created());
        details.put("updated", report.updated());
        details.put("unchanged", report.unchanged());
        details.put("rejected", rejected.stream().map(Rejected::id).toList());
        // A partial import succeeded (the rejected ids are in the details); only one where every
        // element was rejected is a failure.
        boolean nothingImported = report.created() + report.updated() + report.unchanged() == 0;
        AuditOutcome outcome = !rejected.isEmpty() && nothingImported ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS;
        transactions.executeWithoutResult(status -> {
            if (actor == null) audit.record(AuditEventType.PTV_IMPORTED, "ptv", outcome, details);
            else audit.recordAs(actor, null, AuditEventType.PTV_IMPORTED, "ptv", outcome, details);
        });
        return report;
    }

    private void attempt(String type, JsonNode element, Locale locale, Map<Outcome, Integer> counts,
            List<Rejected> rejected, Supplier<Outcome> work) {
        try {
            Outcome outcome = transactions.execute(status -> work.get());
            if (outcome != null) counts.merge(outcome, 1, Integer::sum);
        } catch (Rejection r) {
            rejected.add(new Rejected(idText(element), type,
                    messages.getMessage("servicemap.ptv.reject." + r.code, r.args, r.code, locale)));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            rejected.add(new Rejected(idText(element), type,
                    messages.getMessage("servicemap.ptv.reject.conflict", null, "conflict", locale)));
        }
    }

    // ---- organisations ----

    private Outcome importOrganisation(JsonNode o) {
        UUID ptvId = ptvId(o);
        Texts name = requiredName(o.path("organizationNames"));
        OrganisationId id = organisations.findByPtvId(ptvId).map(Organisation::id)
                .orElse(new OrganisationId(derived("organization", ptvId)));
        Organisation organisation = new Organisation(id, name, organisationType(o, name),
                blankToNull(str(o.get("businessCode"))), phone(o.path("phoneNumbers")), email(o.path("emails")),
                webPage(o.path("webPages")), ptvId);
        var existing = organisations.find(id);
        if (existing.isPresent() && canonical(existing.get()).equals(canonical(organisation))) return Outcome.UNCHANGED;
        organisations.save(organisation);
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    private static OrganisationType organisationType(JsonNode o, Texts name) {
        if (name.fi().toLowerCase(Locale.ROOT).contains("seurakun")) return OrganisationType.PARISH;
        return switch (Objects.requireNonNullElse(str(o.get("organizationType")), "")) {
            case "Municipality" -> OrganisationType.MUNICIPALITY;
            case "State" -> OrganisationType.STATE;
            case "RegionalOrganization", "Region", "SotePublic", "WellbeingServiceCounty" -> OrganisationType.WELLBEING_COUNTY;
            case "Company", "SotePrivate" -> OrganisationType.PRIVATE;
            case "Organization" -> OrganisationType.NGO;
            default -> throw new Rejection("organizationType", str(o.get("organizationType")));
        };
    }

    private OrganisationId organisationRef(String ptvIdText) {
        UUID ptvId = uuid(ptvIdText, "organizationRef");
        return organisations.findByPtvId(ptvId).map(Organisation::id)
                .orElseThrow(() -> new Rejection("unknownOrganization", ptvIdText));
    }

    // ---- channels ----

    private Outcome importChannel(JsonNode c, ChannelLinks links) {
        UUID ptvId = ptvId(c);
        Texts name = requiredName(c.path("serviceChannelNames"));
        String type = Objects.requireNonNullElse(str(c.get("serviceChannelType")), "");
        switch (type) {
            case "ServiceLocation" -> {
                return importPlace(c, ptvId, name);
            }
            case "Phone" -> {
                List<ServiceContent.Channel> phones = new ArrayList<>();
                for (JsonNode number : c.path("phoneNumbers").values()) {
                    String value = phoneNumber(number);
                    if (value != null) phones.add(new ServiceContent.Channel(ChannelKind.PHONE, value, name));
                }
                if (phones.isEmpty()) throw new Rejection("noPhoneNumber");
                links.channels().put(ptvId, phones);
                return null;
            }
            case "EChannel", "WebPage" -> {
                String url = webPage(c.path("webPages"));
                if (url == null) url = webPage(c.path("urls"));
                if (url == null) throw new Rejection("noUrl");
                String lower = name.fi().toLowerCase(Locale.ROOT);
                ChannelKind kind = type.equals("EChannel") && (lower.contains("ajanvara") || lower.contains("varaa"))
                        ? ChannelKind.ONLINE_BOOKING : ChannelKind.WEB_PAGE;
                links.channels().put(ptvId, List.of(new ServiceContent.Channel(kind, url, name)));
                return null;
            }
            default -> throw new Rejection("channelType", type);
        }
    }

    private Outcome importPlace(JsonNode c, UUID ptvId, Texts name) {
        OrganisationId organisation = organisationRef(str(c.get("organizationId")));
        JsonNode address = visitingAddress(c.path("addresses"));
        JsonNode street = address == null ? null : address.path("streetAddress");
        String streetAddress = null, postalCode = null, postOffice = null;
        Double latitude = null, longitude = null;
        UUID area = null;
        if (street != null && street.isObject()) {
            Texts streetName = texts(street.path("street"), null);
            String number = blankToNull(str(street.get("streetNumber")));
            streetAddress = streetName == null ? null : streetName.fi() + (number == null ? "" : " " + number);
            postalCode = blankToNull(str(street.get("postalCode")));
            if (postalCode != null && !postalCode.matches("[0-9]{5}")) throw new Rejection("postalCode", postalCode);
            Texts office = texts(street.path("postOffice"), null);
            postOffice = office == null ? null : office.fi();
            double[] point = coordinates(street);
            if (point != null) {
                latitude = point[0];
                longitude = point[1];
            }
            Set<UUID> served = areasOfMunicipality(str(street.path("municipality").get("code")));
            if (served.size() == 1) area = served.iterator().next();
        }
        var hours = hours(c.path("serviceHours"));
        PlaceContent content = new PlaceContent(organisation, PlaceKind.SERVICE_LOCATION, name,
                descriptions(c.path("serviceChannelDescriptions"), "Description", "Summary", "ShortDescription"),
                streetAddress, postalCode, postOffice, latitude, longitude, area, phone(c.path("phoneNumbers")),
                email(c.path("emails")), webPage(c.path("webPages")), null, null, Map.of(), hours.regular(),
                hours.exceptions(), modified(c), ptvId);
        PlaceId id = places.findByPtvId(ptvId).orElse(new PlaceId(derived("serviceChannel", ptvId)));
        var existing = places.find(id);
        if (existing.isPresent()) content = keepLocal(existing.get().content(), content);
        if (existing.isPresent() && existing.get().published()
                && canonical(existing.get().content()).equals(canonical(content))) {
            return Outcome.UNCHANGED;
        }
        places.save(id, content, true);
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    private static JsonNode visitingAddress(JsonNode addresses) {
        JsonNode fallback = null;
        for (JsonNode a : addresses.values()) {
            String type = Objects.requireNonNullElse(str(a.get("type")), "");
            String subType = Objects.requireNonNullElse(str(a.get("subType")), "");
            if ((type.equals("Location") || type.equals("Visiting"))
                    && (subType.equals("Single") || subType.equals("Street") || subType.isEmpty())) {
                return a;
            }
            if (fallback == null && a.path("streetAddress").isObject()) fallback = a;
        }
        return fallback;
    }

    /** WGS84 degrees; PTV gives ETRS-TM35FIN metres as strings, which are converted. */
    private static double[] coordinates(JsonNode street) {
        String lat = blankToNull(str(street.get("latitude")));
        String lon = blankToNull(str(street.get("longitude")));
        if (lat == null && lon == null) return null;
        if (lat == null || lon == null) throw new Rejection("coordinates", lat + ", " + lon);
        double north, east;
        try {
            north = Double.parseDouble(lat);
            east = Double.parseDouble(lon);
        } catch (NumberFormatException e) {
            throw new Rejection("coordinates", lat + ", " + lon);
        }
        if (!Double.isFinite(north) || !Double.isFinite(east)) throw new Rejection("coordinates", lat + ", " + lon);
        double[] point = Math.abs(north) > 90 || Math.abs(east) > 180 ? Tm35Fin.toWgs84(north, east)
                : new double[] {north, east};
        // Finland with its sea areas; anything else is a data error in a Finnish registry.
        if (!(point[0] >= 59 && point[0] <= 70.5 && point[1] >= 19 && point[1] <= 32)) {
            throw new Rejection("coordinates", lat + ", " + lon);
        }
        return new double[] {Math.round(point[0] * 1e6) / 1e6, Math.round(point[1] * 1e6) / 1e6};
    }

    private record Hours(List<PlaceContent.Hours> regular, List<PlaceContent.HoursException> exceptions) {}

    private static Hours hours(JsonNode serviceHours) {
        Set<PlaceContent.Hours> regular = new LinkedHashSet<>();
        Map<LocalDate, PlaceContent.HoursException> exceptions = new LinkedHashMap<>();
        for (JsonNode h : serviceHours.values()) {
            String type = Objects.requireNonNullElse(str(h.get("serviceHourType")), "");
            boolean closed = h.path("isClosed").asBoolean(false);
            switch (type) {
                case "DaysOfTheWeek", "Standard" -> {
                    for (JsonNode o : h.path("openingHour").values()) {
                        DayOfWeek from = day(str(o.get("dayFrom")));
                        DayOfWeek to = str(o.get("dayTo")) == null ? from : day(str(o.get("dayTo")));
                        LocalTime opens = time(str(o.get("from")));
                        LocalTime closes = time(str(o.get("to")));
                        for (int d = from.getValue(); ; d = d % 7 + 1) {
                            regular.add(new PlaceContent.Hours(d, opens, closes));
                            if (d == to.getValue()) break;
                        }
                    }
                }
                case "Exceptional", "Exception" -> {
                    LocalDate first = date(str(h.get("validFrom")));
                    if (first == null) throw new Rejection("serviceHours", "validFrom");
                    LocalDate last = Objects.requireNonNullElse(date(str(h.get("validTo"))), first);
                    if (last.isBefore(first) || last.isAfter(first.plusDays(31))) {
                        throw new Rejection("serviceHours", first + " – " + last);
                    }
                    Texts note = texts(h.path("additionalInformation"), null);
                    JsonNode open = h.path("openingHour").path(0);
                    LocalTime opens = closed || open.isMissingNode() ? null : time(str(open.get("from")));
                    LocalTime closes = closed || open.isMissingNode() ? null : time(str(open.get("to")));
                    boolean isClosed = closed || opens == null;
                    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                        exceptions.putIfAbsent(day, new PlaceContent.HoursException(day, isClosed,
                                isClosed ? null : opens, isClosed ? null : closes, note));
                    }
                }
                default -> { } // Special (over periods) hours are not modelled; PTV keeps them.
            }
        }
        List<PlaceContent.Hours> sorted = new ArrayList<>(regular);
        sorted.sort(Comparator.comparingInt(PlaceContent.Hours::weekday).thenComparing(PlaceContent.Hours::opens));
        return new Hours(sorted, new ArrayList<>(exceptions.values()));
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(Objects.requireNonNull(name).toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new Rejection("serviceHours", name);
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(Objects.requireNonNull(text));
        } catch (RuntimeException e) {
            throw new Rejection("serviceHours", text);
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException again) {
                throw new Rejection("date", text);
            }
        }
    }

    // ---- services ----

    private Outcome importService(JsonNode s, ChannelLinks links) {
        UUID ptvId = ptvId(s);
        Texts name = requiredName(s.path("serviceNames"));
        OrganisationId organisation = organisationRef(responsibleOrganisation(s));
        List<PlaceId> at = new ArrayList<>();
        List<ServiceContent.Channel> channels = new ArrayList<>();
        for (JsonNode link : s.path("serviceChannels").values()) {
            String channelId = str(link.path("serviceChannel").get("id"));
            if (channelId == null) channelId = str(link.get("id"));
            UUID channel = uuid(channelId, "serviceChannelRef");
            places.findByPtvId(channel).ifPresent(at::add);
            channels.addAll(links.channels().getOrDefault(channel, List.of()));
        }
        at.sort(Comparator.comparing(PlaceId::value));
        Map<UUID, ServiceMode> served = new LinkedHashMap<>();
        serviceAreas(s).forEach(area -> served.put(area, ServiceMode.FIXED));
        List<String> languages = new ArrayList<>();
        for (JsonNode language : s.path("languages").values()) {
            String code = str(language);
            if (code == null || !code.matches("[a-zA-Z]{2,3}")) throw new Rejection("language", code);
            languages.add(code.toLowerCase(Locale.ROOT));
        }
        if (languages.isEmpty()) languages.add("fi");
        List<String> keywords = new ArrayList<>();
        for (JsonNode keyword : s.path("keywords").values()) {
            if ("fi".equals(str(keyword.get("language"))) && blankToNull(str(keyword.get("value"))) != null) {
                keywords.add(str(keyword.get("value")).strip());
            }
        }
        Texts summary = descriptions(s.path("serviceDescriptions"), "Summary", "ShortDescription");
        Texts description = descriptions(s.path("serviceDescriptions"), "Description");
        Texts eligibility = texts(s.path("requirements"), null);
        String charge = Objects.requireNonNullElse(str(s.get("serviceChargeType")), "");
        ServiceContent content = new ServiceContent(organisation, name,
                summary == null ? Texts.fi("") : summary, description == null ? Texts.fi("") : description,
                eligibility != null && eligibility.fi() != null ? eligibility : null,
                targetGroups(s.path("targetGroups")), null, null, ServiceLevel.BASIC,
                !(charge.equals("Charged") || charge.equals("Chargeable")), languages, Set.of(), keywords, served, at,
                channels, List.of(), null, null, modified(s), ptvId);
        ServiceId id = services.findByPtvId(ptvId).orElse(new ServiceId(derived("service", ptvId)));
        var existing = services.find(id);
        if (existing.isPresent()) content = keepLocal(existing.get().content(), content);
        if (existing.isPresent() && existing.get().published()
                && canonical(existing.get().content()).equals(canonical(content))) {
            return Outcome.UNCHANGED;
        }
        services.save(id, content, true);
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    private static String responsibleOrganisation(JsonNode s) {
        String any = null;
        for (JsonNode o : s.path("organizations").values()) {
            String id = str(o.path("organization").get("id"));
            if (id == null) continue;
            if ("Responsible".equals(str(o.get("roleType")))) return id;
            if (any == null) any = id;
        }
        if (any == null) throw new Rejection("noOrganization");
        return any;
    }

    /** The family centre areas of the service's municipalities; nationwide services serve every area. */
    private Set<UUID> serviceAreas(JsonNode s) {
        String areaType = Objects.requireNonNullElse(str(s.get("areaType")), "");
        if (areaType.startsWith("Nationwide") || areaType.startsWith("WholeCountry")) {
            Set<UUID> all = new LinkedHashSet<>();
            areas.all().forEach(a -> all.add(a.id().value()));
            return all;
        }
        Set<UUID> served = new LinkedHashSet<>();
        for (JsonNode area : s.path("areas").values()) {
            if ("Municipality".equals(str(area.get("type")))) served.addAll(areasOfMunicipality(str(area.get("code"))));
            for (JsonNode m : area.path("municipalities").values()) served.addAll(areasOfMunicipality(str(m.get("code"))));
        }
        return served;
    }

    /** The areas of a municipality by its official code as PTV gives it (leading zeros may be missing). */
    private Set<UUID> areasOfMunicipality(String code) {
        Set<UUID> found = new LinkedHashSet<>();
        if (code == null || !code.strip().matches("[0-9]{1,3}")) return found;
        String normalized = "%03d".formatted(Integer.parseInt(code.strip()));
        for (Municipality municipality : areas.municipalities()) {
            if (normalized.equals(municipality.code())) found.add(municipality.area().value());
        }
        return found;
    }

    /**
     * PTV target groups (Finto "kohderyhmät"): KR1.2 is children and families; the others are
     * recognised by their Finnish name, as their sub-codes have been renumbered over the years.
     */
    private static Set<TargetGroup> targetGroups(JsonNode list) {
        Set<TargetGroup> groups = new LinkedHashSet<>();
        for (JsonNode group : list.values()) {
            String code = Objects.requireNonNullElse(str(group.get("code")), "");
            Texts name = texts(group.path("name"), null);
            String fi = name == null || name.fi() == null ? "" : name.fi().toLowerCase(Locale.ROOT);
            if (code.equals("KR1.2") || fi.contains("lapsiperhe")) {
                groups.add(TargetGroup.FAMILIES);
                groups.add(TargetGroup.CHILDREN);
            }
            if (fi.contains("nuoret")) groups.add(TargetGroup.YOUNG_PEOPLE);
            if (fi.contains("maahanmuutt")) groups.add(TargetGroup.MULTICULTURAL);
            if (fi.contains("vammai")) groups.add(TargetGroup.SPECIAL_NEEDS);
            if (code.equals("KR3") || fi.contains("viranomai")) groups.add(TargetGroup.PROFESSIONALS);
        }
        return groups;
    }

    // ---- PTV value shapes ----

    private static Iterable<JsonNode> list(JsonNode document, String key) {
        JsonNode list = document.get(key);
        return list == null || list.isNull() ? List.of() : list.values();
    }

    static UUID derived(String kind, UUID ptvId) {
        return UUID.nameUUIDFromBytes(("ptv:" + kind + ":" + ptvId).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID ptvId(JsonNode element) {
        return uuid(str(element.get("id")), "id");
    }

    private static UUID uuid(String text, String what) {
        if (text == null) throw new Rejection("missingId", what);
        try {
            if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new IllegalArgumentException(text);
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Rejection("badId", text.length() > 60 ? text.substring(0, 60) + "…" : text);
        }
    }

    private static String idText(JsonNode element) {
        String id = str(element.get("id"));
        return id == null ? null : id.length() > 60 ? id.substring(0, 60) : id;
    }

    static String str(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isString()) return node.stringValue();
        if (node.isNumber() || node.isBoolean()) return node.asString();
        return null;
    }

    /** Names of type "Name" (falling back to any type) per language; Finnish is required. */
    private static Texts requiredName(JsonNode names) {
        Texts name = texts(names, "Name");
        if (name == null || name.fi() == null) name = texts(names, null);
        if (name == null || name.fi() == null) throw new Rejection("missingFinnishName");
        if (name.fi().length() > 300) throw new Rejection("nameTooLong");
        return name;
    }

    private static Texts descriptions(JsonNode list, String... types) {
        for (String type : types) {
            Texts texts = texts(list, type);
            if (texts != null && texts.fi() != null) return texts;
        }
        return null;
    }

    /** Language items ({language, value}, optionally with a type) as one text in fi, sv and en. */
    private static Texts texts(JsonNode list, String type) {
        String fi = null, sv = null, en = null;
        for (JsonNode item : list.values()) {
            if (type != null && !type.equals(str(item.get("type")))) continue;
            String value = blankToNull(str(item.get("value")));
            if (value == null) continue;
            if (value.length() > 10_000) throw new Rejection("textTooLong");
            switch (Objects.requireNonNullElse(str(item.get("language")), "")) {
                case "fi" -> fi = fi == null ? value : fi;
                case "sv" -> sv = sv == null ? value : sv;
                case "en" -> en = en == null ? value : en;
                default -> { }
            }
        }
        return fi == null && sv == null && en == null ? null : new Texts(fi, sv, en);
    }

    private static String phone(JsonNode numbers) {
        for (JsonNode number : numbers.values()) {
            String value = phoneNumber(number);
            if (value != null) return value;
        }
        return null;
    }

    private static String phoneNumber(JsonNode number) {
        String digits = blankToNull(str(number.get("number")));
        if (digits == null) return null;
        String prefix = blankToNull(str(number.get("prefixNumber")));
        if (prefix == null || digits.startsWith("+") || number.path("isFinnishServiceNumber").asBoolean(false)) {
            return digits;
        }
        return prefix + " " + (digits.startsWith("0") ? digits.substring(1) : digits);
    }

    private static String email(JsonNode emails) {
        for (JsonNode email : emails.values()) {
            String value = blankToNull(email.isString() ? email.stringValue() : str(email.get("value")));
            if (value != null) {
                if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) throw new Rejection("email", value);
                return value;
            }
        }
        return null;
    }

    private static String webPage(JsonNode pages) {
        for (JsonNode page : pages.values()) {
            String url = blankToNull(str(page.get("url")));
            if (url == null) url = blankToNull(str(page.get("value")));
            if (url != null) {
                if (!url.matches("https?://\\S+")) throw new Rejection("url", url);
                return url;
            }
        }
        return null;
    }

    private static LocalDate modified(JsonNode element) {
        return date(str(element.get("modified")));
    }

    // ---- what PTV does not say stays as our editors left it ----

    /**
     * PTV is authoritative for what it has (names, texts, target groups, areas, channels, hours),
     * not for what only we model: a place's kind and meeting-place profile, accessibility notes and
     * booking link, and a service's level, access methods, age range, maintainer, outreach, the
     * mode (fixed or outreach) of its areas and places linked here rather than in PTV.
     */
    private ServiceContent keepLocal(ServiceContent old, ServiceContent ptv) {
        Map<UUID, ServiceMode> served = new LinkedHashMap<>();
        ptv.areas().forEach((area, mode) -> served.put(area, old.areas().getOrDefault(area, mode)));
        List<PlaceId> at = new ArrayList<>(ptv.places());
        for (PlaceId place : old.places()) {
            boolean local = places.find(place).map(p -> p.content().ptvId() == null).orElse(false);
            if (local && !at.contains(place)) at.add(place);
        }
        at.sort(Comparator.comparing(PlaceId::value));
        return new ServiceContent(ptv.organisation(), ptv.name(), ptv.summary(), ptv.description(),
                ptv.eligibility() != null ? ptv.eligibility() : old.eligibility(), ptv.targetGroups(), old.ageMin(),
                old.ageMax(), old.level(), ptv.freeOfCharge(), ptv.languages(), old.accessMethods(), ptv.keywords(),
                served, at, ptv.channels(), old.outreach(), old.maintainerName(), old.maintainerEmail(),
                ptv.lastReviewed(), ptv.ptvId());
    }

    private static PlaceContent keepLocal(PlaceContent old, PlaceContent ptv) {
        return new PlaceContent(ptv.organisation(), old.kind(), ptv.name(), ptv.description(), ptv.streetAddress(),
                ptv.postalCode(), ptv.postOffice(), ptv.latitude(), ptv.longitude(),
                ptv.area() != null ? ptv.area() : old.area(), ptv.phone(), ptv.email(), ptv.webPage(),
                old.bookingUrl(), old.accessibility(), old.profile(), ptv.hours(), ptv.exceptions(),
                ptv.lastReviewed(), ptv.ptvId());
    }

    // ---- comparing with what is stored ----

    private static Texts canonical(Texts t) {
        if (t == null) return null;
        Texts c = new Texts(blankToNull(t.fi()), blankToNull(t.sv()), blankToNull(t.en()));
        return c.fi() == null && c.sv() == null && c.en() == null ? null : c;
    }

    private static Organisation canonical(Organisation o) {
        return new Organisation(o.id(), canonical(o.name()), o.type(), blankToNull(o.businessId()),
                blankToNull(o.phone()), blankToNull(o.email()), blankToNull(o.webPage()), o.ptvId());
    }

    private static PlaceContent canonical(PlaceContent c) {
        List<PlaceContent.HoursException> exceptions = new ArrayList<>();
        for (PlaceContent.HoursException e : c.exceptions() == null ? List.<PlaceContent.HoursException>of() : c.exceptions()) {
            exceptions.add(new PlaceContent.HoursException(e.day(), e.closed(), e.opens(), e.closes(), canonical(e.note())));
        }
        exceptions.sort(Comparator.comparing(PlaceContent.HoursException::day));
        List<PlaceContent.Hours> hours = new ArrayList<>(c.hours() == null ? List.of() : c.hours());
        hours.sort(Comparator.comparingInt(PlaceContent.Hours::weekday).thenComparing(PlaceContent.Hours::opens));
        return new PlaceContent(c.organisation(), c.kind(), canonical(c.name()), canonical(c.description()),
                blankToNull(c.streetAddress()), blankToNull(c.postalCode()), blankToNull(c.postOffice()), c.latitude(),
                c.longitude(), c.area(), blankToNull(c.phone()), blankToNull(c.email()), blankToNull(c.webPage()),
                blankToNull(c.bookingUrl()), canonical(c.accessibility()),
                c.profile() == null ? Map.of() : new HashMap<>(c.profile()), hours, exceptions, c.lastReviewed(),
                c.ptvId());
    }

    private static ServiceContent canonical(ServiceContent c) {
        List<PlaceId> at = new ArrayList<>(c.places() == null ? List.of() : c.places());
        at.sort(Comparator.comparing(PlaceId::value));
        List<ServiceContent.Channel> channels = new ArrayList<>();
        for (ServiceContent.Channel ch : c.channels() == null ? List.<ServiceContent.Channel>of() : c.channels()) {
            channels.add(new ServiceContent.Channel(ch.kind(), ch.value().strip(), canonical(ch.description())));
        }
        return new ServiceContent(c.organisation(), canonical(c.name()), canonical(c.summary()),
                canonical(c.description()), canonical(c.eligibility()), new HashSet<>(orEmpty(c.targetGroups())),
                c.ageMin(), c.ageMax(), c.level(), c.freeOfCharge(), List.copyOf(orEmpty(c.languages())),
                new HashSet<>(orEmpty(c.accessMethods())), List.copyOf(orEmpty(c.keywords())),
                new HashMap<>(Columns.orEmpty(c.areas())), at, channels,
                (c.outreach() == null ? List.<ServiceContent.Outreach>of() : c.outreach()).stream()
                        .map(o -> new ServiceContent.Outreach(o.place(), o.startsAt(), o.durationMinutes(), o.rrule(),
                                o.noAppointment(), o.anonymous(), canonical(o.note()))).toList(),
                blankToNull(c.maintainerName()),
                blankToNull(c.maintainerEmail()), c.lastReviewed(), c.ptvId());
    }

    private static <T> java.util.Collection<T> orEmpty(java.util.Collection<T> values) {
        return values == null ? List.of() : values;
    }
}
