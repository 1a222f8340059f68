package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.platform.DemoDataLoader;
import fi.perhekeskus.servicemap.AccessMethod;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.Criterion;
import fi.perhekeskus.servicemap.CriterionGroup;
import fi.perhekeskus.servicemap.MeetingPlaceQuestion;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.Rating;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.servicemap.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo service map: providers of every type, the services of the 18 demo family centre
 * areas (the same dozen-odd services in every area, with the area's name, plus region-wide,
 * NGO, parish, state and private services), their places, meeting places with profiles and
 * dated self-assessments, and outreach schedules. The content lives in readable YAML under
 * {@code servicemap/demo/}; this class turns it into repository saves.
 *
 * <p>Ids derive from stable keys ({@link #serviceId}, {@link #placeId}), so loading twice, or on
 * two nodes, adds nothing. An entry that already exists is left alone: an editor's published
 * change to a demo service survives a restart.
 */
@Component
@Order(30)
class ServiceMapDemoData implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ServiceMapDemoData.class);
    private static final String DIR = "servicemap/demo/";
    /** The dates the demo's self-assessments were made (the newest last); a place keeps the last 1–3. */
    private static final List<LocalDate> ASSESSMENT_ROUNDS = List.of(
            LocalDate.of(2024, 11, 12), LocalDate.of(2025, 10, 14), LocalDate.of(2026, 10, 6));

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final ServiceRepository services;
    private final PlaceRepository places;
    private final UserAccounts users;

    ServiceMapDemoData(JdbcClient jdbc, OrganisationRepository organisations, ServiceRepository services,
            PlaceRepository places, UserAccounts users) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.services = services;
        this.places = places;
        this.users = users;
    }

    static ServiceId serviceId(String key) {
        return new ServiceId(uuid("service", key));
    }

    /** The id of a template service in one area, e.g. ("neuvola", "Hartola"). */
    static ServiceId serviceId(String template, String areaName) {
        return serviceId(template + "@" + areaName);
    }

    static PlaceId placeId(String key) {
        return new PlaceId(uuid("place", key));
    }

    static OrganisationId organisationId(String key) {
        return new OrganisationId(uuid("organisation", key));
    }

    static UUID areaId(String areaName) {
        return uuid("area", areaName);
    }

    private static UUID uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------

    /** One demo area with the forms of its name used in service names. */
    record Area(String name, String region, String municipality, String parish, String fi, String gen, String sv,
            String en, String code, String office, double lat, double lon, String phone, String family,
            String youth, String daycare) {

        String slug() {
            return java.text.Normalizer.normalize(fi.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-");
        }

        String fill(String text) {
            return text == null ? null : text.replace("{fi}", fi).replace("{gen}", gen).replace("{sv}", sv)
                    .replace("{en}", en).replace("{phone}", phone).replace("{slug}", slug());
        }
    }

    /** Counts of what a load wrote, for the log and the tests. */
    record Loaded(int organisations, int services, int places, long millis) {}

    private volatile Loaded lastLoad;

    Loaded lastLoad() {
        return lastLoad;
    }

    @Override
    @Transactional
    public void load() {
        long started = System.nanoTime();
        Map<String, Object> areaFile = yaml("areas.yml");
        Map<String, Object> orgFile = yaml("organisations.yml");
        Map<String, Object> templateFile = yaml("templates.yml");
        Map<String, Object> serviceFile = yaml("services.yml");
        Map<String, Object> placeFile = yaml("places.yml");

        Map<String, Map<String, Object>> regions = cast(areaFile.get("regions"));
        List<Area> areas = maps(areaFile.get("areas")).stream().map(ServiceMapDemoData::area).toList();
        Map<String, Area> areaByName = new LinkedHashMap<>();
        areas.forEach(a -> areaByName.put(a.name(), a));

        Set<UUID> existingOrganisations = ids("organisation");
        Set<UUID> existingPlaces = ids("place");
        Set<UUID> existingServices = ids("service");

        postalCodes(list(areaFile.get("postalCodes")));

        int orgCount = 0;
        Map<String, String> orgNames = new LinkedHashMap<>();
        for (Map<String, Object> o : maps(orgFile.get("organisations"))) {
            String key = str(o, "key");
            orgNames.put(key, str(o, "fi"));
            OrganisationId id = organisationId(key);
            if (!existingOrganisations.contains(id.value())) {
                organisations.save(new Organisation(id, new Texts(str(o, "fi"), str(o, "sv"), str(o, "en")),
                        OrganisationType.valueOf(str(o, "type")), str(o, "businessId"), str(o, "phone"),
                        str(o, "email"), str(o, "web"), null));
                orgCount++;
            }
            for (String username : strings(o.get("editors"))) {
                users.findIdByUsername(username).ifPresent(user -> jdbc.sql("""
                        INSERT INTO organisation_editor (user_id, organisation_id) VALUES (:user, :org)
                        ON CONFLICT DO NOTHING""").param("user", user.value()).param("org", id.value()).update());
            }
        }

        // Places: each area's family centre, youth centre and a day-care centre, then the meeting places.
        int placeCount = 0;
        Map<String, List<String>> meetingPlacesOfArea = new LinkedHashMap<>();
        Map<String, String> meetingPlaceOrg = new LinkedHashMap<>();
        for (Area area : areas) {
            Map<String, Object> region = regions.get(area.region());
            placeCount += servicePlace(existingPlaces, "family@" + area.name(), str(region, "county"), area,
                    new Texts(area.gen() + " perhekeskus", "Familjecentret i " + area.sv(), area.en() + " family centre"),
                    area.family(), 0, 0, familyHours(area), true);
            placeCount += servicePlace(existingPlaces, "youth@" + area.name(), area.municipality(), area,
                    new Texts(area.gen() + " nuorisotila", "Ungdomsgården i " + area.sv(), area.en() + " youth centre"),
                    area.youth(), 0.0031, 0.0042, youthHours(), false);
            String[] daycare = area.daycare().split(", ", 2);
            placeCount += servicePlace(existingPlaces, "daycare@" + area.name(), area.municipality(), area,
                    Texts.fi(daycare[0]), daycare[1], -0.0042, 0.0023, daycareHours(), false);
        }
        Map<String, Map<String, Object>> styles = cast(placeFile.get("styles"));
        Map<String, List<String>> notes = cast(placeFile.get("assessmentNotes"));
        int index = 0;
        for (Map<String, Object> mp : maps(placeFile.get("meetingPlaces"))) {
            String key = str(mp, "key");
            Area area = areaByName.get(str(mp, "area"));
            if (area == null) throw new IllegalStateException("Unknown area in places.yml: " + str(mp, "area"));
            meetingPlacesOfArea.computeIfAbsent(area.name(), k -> new ArrayList<>()).add(key);
            meetingPlaceOrg.put(key, str(mp, "org"));
            index++;
            PlaceId id = placeId(key);
            if (existingPlaces.contains(id.value())) continue;
            meetingPlace(id, key, mp, area, orgNames.get(str(mp, "org")), styles.get(str(mp, "style")), index);
            assessments(id, key, notes);
            placeCount++;
        }

        long placesDone = System.nanoTime();
        // Services: the templates in every area, then the others.
        int serviceCount = 0;
        for (Map<String, Object> t : maps(templateFile.get("templates"))) {
            Set<String> outreachOnly = new HashSet<>(strings(t.get("outreachAreas")));
            for (Area area : areas) {
                ServiceId id = serviceId(str(t, "key"), area.name());
                if (existingServices.contains(id.value())) continue;
                Map<String, Object> region = regions.get(area.region());
                String provider = switch (str(t, "provider")) {
                    case "county" -> str(region, "county");
                    case "municipality" -> area.municipality();
                    case "parish" -> area.parish();
                    case "mll" -> str(region, "mll");
                    default -> throw new IllegalStateException("Unknown provider " + str(t, "provider"));
                };
                boolean outreach = outreachOnly.contains(area.name());
                List<String> mps = meetingPlacesOfArea.getOrDefault(area.name(), List.of());
                List<PlaceId> at = new ArrayList<>();
                if (!outreach) {
                    String place = str(t, "place");
                    if ("meeting".equals(place)) {
                        mps.stream().filter(k -> provider.equals(meetingPlaceOrg.get(k))).findFirst()
                                .or(() -> mps.stream().findFirst())
                                .ifPresent(k -> at.add(placeId(k)));
                    } else {
                        at.add(placeId(place + "@" + area.name()));
                    }
                }
                List<ServiceContent.Outreach> visits = new ArrayList<>();
                for (Map<String, Object> o : maps(t.get("outreach"))) {
                    String where = str(o, "at");
                    PlaceId place = "meeting".equals(where)
                            ? (mps.isEmpty() ? null : placeId(mps.getFirst()))
                            : placeId(where + "@" + area.name());
                    if (place != null) visits.add(outreach(o, place, area));
                }
                String key = str(t, "key") + "@" + area.name();
                services.save(id, content(t, area, organisationId(provider), orgNames.get(provider),
                        Map.of(areaId(area.name()), outreach ? ServiceMode.OUTREACH : ServiceMode.FIXED),
                        at, visits, reviewed(key, null)), true);
                serviceCount++;
            }
        }
        for (Map<String, Object> s : maps(serviceFile.get("services"))) {
            String key = str(s, "key");
            ServiceId id = serviceId(key);
            if (existingServices.contains(id.value())) continue;
            Set<String> outreachAreas = new HashSet<>(strings(s.get("outreachAreas")));
            Map<UUID, ServiceMode> served = new LinkedHashMap<>();
            for (String name : strings(s.get("areas"))) {
                List<Area> matching = regions.containsKey(name)
                        ? areas.stream().filter(a -> a.region().equals(name)).toList()
                        : List.of(require(areaByName, name));
                for (Area a : matching) {
                    served.put(areaId(a.name()), outreachAreas.contains(a.name()) ? ServiceMode.OUTREACH : ServiceMode.FIXED);
                }
            }
            List<PlaceId> at = strings(s.get("places")).stream().map(ServiceMapDemoData::placeId).toList();
            List<ServiceContent.Outreach> visits = new ArrayList<>();
            for (Map<String, Object> o : maps(s.get("outreach"))) {
                String where = str(o, "at");
                PlaceId place;
                if (where.startsWith("meeting@")) {
                    place = placeId(meetingPlacesOfArea.get(where.substring("meeting@".length())).getFirst());
                } else {
                    place = placeId(where);
                }
                visits.add(outreach(o, place, null));
            }
            String org = str(s, "org");
            services.save(id, content(s, null, organisationId(org), orgNames.get(org), served, at, visits,
                    reviewed(key, str(s, "reviewed"))), true);
            serviceCount++;
        }
        Loaded loaded = new Loaded(orgCount, serviceCount, placeCount, (System.nanoTime() - started) / 1_000_000);
        lastLoad = loaded;
        if (serviceCount + placeCount + orgCount > 0) {
            log.info("Service map demo data: {} organisations, {} services and {} places added in {} ms ({} ms for the places)",
                    loaded.organisations(), loaded.services(), loaded.places(), loaded.millis(),
                    (placesDone - started) / 1_000_000);
        }
    }

    // --- services ---------------------------------------------------------------------------

    private static ServiceContent content(Map<String, Object> s, Area area, OrganisationId org, String orgName,
            Map<UUID, ServiceMode> areas, List<PlaceId> at, List<ServiceContent.Outreach> outreach,
            LocalDate reviewed) {
        List<Integer> ages = ints(s.get("ages"));
        List<ServiceContent.Channel> channels = new ArrayList<>();
        for (Object c : list(s.get("channels"))) {
            List<String> f = strings(c);
            Texts description = f.size() > 2
                    ? new Texts(fill(area, f.get(2)), f.size() > 3 ? fill(area, f.get(3)) : null,
                            f.size() > 4 ? fill(area, f.get(4)) : null)
                    : null;
            channels.add(new ServiceContent.Channel(ChannelKind.valueOf(f.get(0)), fill(area, f.get(1)), description));
        }
        Set<TargetGroup> targets = new LinkedHashSet<>();
        strings(s.get("targets")).forEach(t -> targets.add(TargetGroup.valueOf(t)));
        Set<AccessMethod> access = new LinkedHashSet<>();
        strings(s.get("access")).forEach(a -> access.add(AccessMethod.valueOf(a)));
        List<String> languages = strings(s.get("languages"));
        return new ServiceContent(org, texts(s.get("name"), area), texts(s.get("summary"), area),
                texts(s.get("description"), area), s.containsKey("eligibility") ? texts(s.get("eligibility"), area) : null,
                targets, ages.isEmpty() ? null : ages.get(0), ages.isEmpty() ? null : ages.get(1),
                ServiceLevel.valueOf(str(s, "level")), !Boolean.FALSE.equals(s.get("free")),
                languages.isEmpty() ? List.of("fi") : languages, access,
                strings(s.get("keywords")), areas, at, channels, outreach,
                "Palvelutietojen ylläpito, " + orgName,
                "palvelutiedot@demo.perhekeskus.invalid", reviewed, null);
    }

    private static ServiceContent.Outreach outreach(Map<String, Object> o, PlaceId place, Area area) {
        return new ServiceContent.Outreach(place, LocalDateTime.parse(str(o, "starts")), ((Number) o.get("minutes")).intValue(),
                str(o, "rrule"), !Boolean.FALSE.equals(o.get("noAppointment")), Boolean.TRUE.equals(o.get("anonymous")),
                texts(o.get("note"), area));
    }

    /**
     * When the entry was last checked: as the data says, or spread over the last two and a half
     * years so that about a third is older than twelve months (the coordinator's "not reviewed" list).
     */
    private static LocalDate reviewed(String key, String given) {
        if (given != null) return LocalDate.parse(given);
        int h = Math.floorMod(key.hashCode(), 1000);
        return h % 10 < 3
                ? LocalDate.of(2024, 5, 2).plusDays(h % 540)
                : LocalDate.of(2025, 12, 1).plusDays(h % 350);
    }

    // --- places -----------------------------------------------------------------------------

    private int servicePlace(Set<UUID> existing, String key, String org, Area area, Texts name, String street,
            double dLat, double dLon, List<PlaceContent.Hours> hours, boolean booking) {
        PlaceId id = placeId(key);
        if (existing.contains(id.value())) return 0;
        String phone = area.phone() + (key.startsWith("family") ? "4000" : key.startsWith("youth") ? "2600" : "2210");
        places.save(id, new PlaceContent(organisationId(org), PlaceKind.SERVICE_LOCATION, name,
                key.startsWith("family")
                        ? new Texts("Perhekeskuksessa toimivat neuvola, perheneuvola, perhetyö, lapsiperheiden sosiaalityö ja terapiapalvelut saman katon alla.",
                                "I familjecentret finns rådgivningen, familjerådgivningen, familjearbetet och terapitjänster under samma tak.",
                                "The family centre houses the child health clinic, family counselling, family work, social work and therapies under one roof.")
                        : Texts.fi(name.fi() + " – " + area.fi() + "."),
                street, area.code(), area.office(), round(area.lat() + dLat), round(area.lon() + dLon),
                areaId(area.name()), phone, null, null,
                booking ? "https://www.omaolo.fi" : null,
                key.startsWith("family")
                        ? new Texts("Esteetön sisäänkäynti pääovelta, hissi, invapysäköinti ja induktiosilmukka vastaanotossa.",
                                "Tillgänglig ingång, hiss, parkering för rörelsehindrade och hörslinga.",
                                "Step-free entrance, lift, accessible parking and an induction loop at reception.")
                        : Texts.fi("Sisäänkäynti kadun tasosta; pyörätuolilla pääsee."),
                Map.of(), hours, christmas(!key.startsWith("daycare")), reviewed(key, null), null), true);
        return 1;
    }

    private void meetingPlace(PlaceId id, String key, Map<String, Object> mp, Area area, String orgName,
            Map<String, Object> style, int index) {
        List<PlaceContent.Hours> hours = new ArrayList<>();
        for (Object h : list(mp.get("hours"))) {
            List<String> f = strings(h);
            hours.add(new PlaceContent.Hours(Integer.parseInt(f.get(0)), LocalTime.parse(f.get(1)), LocalTime.parse(f.get(2))));
        }
        String hoursText = hoursText(hours);
        Map<MeetingPlaceQuestion, Texts> profile = new EnumMap<>(MeetingPlaceQuestion.class);
        String name = str(mp, "fi");
        for (MeetingPlaceQuestion q : MeetingPlaceQuestion.values()) {
            Map<String, Object> answer = cast(style.get(q.name()));
            if (answer == null) continue;
            profile.put(q, new Texts(profileText(str(answer, "fi"), name, orgName, area, hoursText),
                    profileText(str(answer, "sv"), name, orgName, area, hoursText),
                    profileText(str(answer, "en"), name, orgName, area, hoursText)));
        }
        double lat = mp.containsKey("lat") ? ((Number) mp.get("lat")).doubleValue() : area.lat() - 0.0021 * (1 + index % 3);
        double lon = mp.containsKey("lon") ? ((Number) mp.get("lon")).doubleValue() : area.lon() - 0.0033 * (1 + index % 2);
        Texts description = new Texts(
                name + " on " + area.gen() + " perhekeskuksen kohtaamispaikka: " + str(profile.get(MeetingPlaceQuestion.SERVICES_OFFERED).fi()),
                mp.containsKey("sv") ? str(mp, "sv") + " är en mötesplats i familjecentret." : null,
                mp.containsKey("en") ? str(mp, "en") + " is a meeting place of the family centre." : null);
        places.save(id, new PlaceContent(organisationId(str(mp, "org")), PlaceKind.MEETING_PLACE,
                new Texts(name, str(mp, "sv"), str(mp, "en")), description, str(mp, "street"),
                mp.containsKey("code") ? str(mp, "code") : area.code(),
                mp.containsKey("office") ? str(mp, "office") : area.office(), round(lat), round(lon),
                areaId(area.name()), area.phone() + "9" + String.format("%03d", index), "kohtaamispaikka@demo.perhekeskus.invalid",
                null, null, Texts.fi("Esteetön sisäänkäynti, lastenrattaille paikka eteisessä, lastenhoitohuone."),
                profile, hours, christmas(true), reviewed(key, null), null), true);
    }

    private void assessments(PlaceId id, String key, Map<String, List<String>> notes) {
        int rounds = 1 + Math.floorMod(key.hashCode(), 3);
        Map<Criterion, Rating> ratings = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            int h = Math.floorMod((key + c).hashCode(), 10);
            ratings.put(c, h < 5 ? Rating.MET : h < 8 ? Rating.PARTLY : Rating.NOT_MET);
        }
        for (int r = ASSESSMENT_ROUNDS.size() - rounds; r < ASSESSMENT_ROUNDS.size(); r++) {
            LocalDate on = ASSESSMENT_ROUNDS.get(r).plusDays(Math.floorMod(key.hashCode(), 20));
            Map<Criterion, AssessmentHistory.Item> items = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                Rating rating = ratings.get(c);
                String note = null;
                if (rating != Rating.MET) {
                    List<String> groupNotes = notes.get(c.group().name());
                    note = groupNotes.get(Math.floorMod((key + c).hashCode(), groupNotes.size()));
                }
                items.put(c, new AssessmentHistory.Item(rating, note));
            }
            places.addAssessment(uuid("assessment", key + "@" + on), id, on,
                    r % 2 == 0 ? "Kohtaamispaikan tiimi ja perheraati" : "Kohtaamispaikan vastaava ohjaaja", items);
            // Between rounds, things get better (and now and then one slips back).
            for (Criterion c : Criterion.values()) {
                int h = Math.floorMod((key + c + r).hashCode(), 6);
                Rating now = ratings.get(c);
                if (now == Rating.NOT_MET && h < 4) ratings.put(c, Rating.PARTLY);
                else if (now == Rating.PARTLY && h < 3) ratings.put(c, Rating.MET);
                else if (now == Rating.MET && h == 5 && c.group() == CriterionGroup.STAFF_AND_ADMINISTRATION) {
                    ratings.put(c, Rating.PARTLY);
                }
            }
        }
    }

    private static List<PlaceContent.Hours> familyHours(Area area) {
        List<PlaceContent.Hours> hours = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            boolean late = day == 4 && Math.floorMod(area.name().hashCode(), 2) == 0;
            hours.add(new PlaceContent.Hours(day, LocalTime.of(8, 0), late ? LocalTime.of(18, 0) : LocalTime.of(16, 0)));
        }
        return hours;
    }

    /** Youth centres stay open past midnight on Fridays (the night café). */
    private static List<PlaceContent.Hours> youthHours() {
        List<PlaceContent.Hours> hours = new ArrayList<>();
        for (int day = 1; day <= 4; day++) hours.add(new PlaceContent.Hours(day, LocalTime.of(14, 0), LocalTime.of(21, 0)));
        hours.add(new PlaceContent.Hours(5, LocalTime.of(18, 0), LocalTime.of(1, 0)));
        return hours;
    }

    private static List<PlaceContent.Hours> daycareHours() {
        List<PlaceContent.Hours> hours = new ArrayList<>();
        for (int day = 1; day <= 5; day++) hours.add(new PlaceContent.Hours(day, LocalTime.of(6, 30), LocalTime.of(17, 0)));
        return hours;
    }

    private static List<PlaceContent.HoursException> christmas(boolean newYearsEve) {
        List<PlaceContent.HoursException> days = new ArrayList<>(List.of(
                new PlaceContent.HoursException(LocalDate.of(2026, 12, 24), true, null, null,
                        new Texts("Jouluaatto", "Julafton", "Christmas Eve")),
                new PlaceContent.HoursException(LocalDate.of(2026, 12, 25), true, null, null,
                        new Texts("Joulupäivä", "Juldagen", "Christmas Day")),
                new PlaceContent.HoursException(LocalDate.of(2026, 12, 26), true, null, null,
                        new Texts("Tapaninpäivä", "Annandag jul", "Boxing Day")),
                new PlaceContent.HoursException(LocalDate.of(2027, 1, 6), true, null, null,
                        new Texts("Loppiainen", "Trettondagen", "Epiphany"))));
        if (newYearsEve) {
            days.add(new PlaceContent.HoursException(LocalDate.of(2026, 12, 31), false, LocalTime.of(9, 0),
                    LocalTime.of(13, 0), new Texts("Uudenvuodenaatto: lyhennetty aukiolo", "Nyårsafton: kortare öppettider",
                            "New Year's Eve: shorter hours")));
        }
        return days;
    }

    private static final String[] WEEKDAYS = {"ma", "ti", "ke", "to", "pe", "la", "su"};

    private static String hoursText(List<PlaceContent.Hours> hours) {
        List<String> parts = new ArrayList<>();
        for (PlaceContent.Hours h : hours) {
            parts.add(WEEKDAYS[h.weekday() - 1] + " " + time(h.opens()) + "–" + time(h.closes()));
        }
        return String.join(", ", parts);
    }

    private static String time(LocalTime t) {
        return t.getMinute() == 0 ? String.valueOf(t.getHour()) : t.getHour() + "." + String.format("%02d", t.getMinute());
    }

    private static String profileText(String text, String name, String org, Area area, String hours) {
        return text == null ? null : area.fill(text.replace("{name}", name).replace("{org}", org).replace("{hours}", hours));
    }

    private void postalCodes(List<Object> rows) {
        List<String> codes = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        List<Double> lats = new ArrayList<>();
        List<Double> lons = new ArrayList<>();
        for (Object row : rows) {
            List<?> f = (List<?>) row;
            codes.add(f.get(0).toString());
            offices.add(f.get(1).toString());
            lats.add(((Number) f.get(2)).doubleValue());
            lons.add(((Number) f.get(3)).doubleValue());
        }
        jdbc.sql("""
                INSERT INTO postal_code (code, post_office, latitude, longitude)
                SELECT * FROM unnest(:codes::text[], :offices::text[], :lats::float8[], :lons::float8[])
                ON CONFLICT DO NOTHING""")
                .param("codes", codes.toArray(String[]::new)).param("offices", offices.toArray(String[]::new))
                .param("lats", lats.toArray(Double[]::new)).param("lons", lons.toArray(Double[]::new)).update();
    }

    private Set<UUID> ids(String table) {
        return new HashSet<>(jdbc.sql("SELECT id FROM " + table).query(UUID.class).list());
    }

    // --- YAML helpers -----------------------------------------------------------------------

    private static Map<String, Object> yaml(String file) {
        try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Area area(Map<String, Object> a) {
        return new Area(str(a, "area"), str(a, "region"), str(a, "municipality"), str(a, "parish"), str(a, "fi"),
                str(a, "gen"), str(a, "sv"), str(a, "en"), str(a, "code"), str(a, "office"),
                ((Number) a.get("lat")).doubleValue(), ((Number) a.get("lon")).doubleValue(), str(a, "phone"),
                str(a, "family"), str(a, "youth"), str(a, "daycare"));
    }

    private static Area require(Map<String, Area> areas, String name) {
        Area area = areas.get(name);
        if (area == null) throw new IllegalStateException("Unknown area in services.yml: " + name);
        return area;
    }

    private static Texts texts(Object value, Area area) {
        Map<String, Object> t = cast(value);
        if (t == null) return null;
        return new Texts(fill(area, str(t, "fi")), fill(area, str(t, "sv")), fill(area, str(t, "en")));
    }

    private static String fill(Area area, String text) {
        return area == null ? text : area.fill(text);
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 1_000_000d) / 1_000_000d;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static List<Object> list(Object value) {
        return value == null ? List.of() : cast(value);
    }

    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : cast(value);
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(Object::toString).toList();
    }

    private static List<Integer> ints(Object value) {
        return list(value).stream().map(v -> ((Number) v).intValue()).toList();
    }

    private static String str(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value == null ? null : value.toString();
    }

    private static String str(String value) {
        return value == null ? "" : value;
    }
}
