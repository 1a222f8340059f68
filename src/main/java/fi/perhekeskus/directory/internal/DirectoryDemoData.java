package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.platform.DemoDataLoader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo key person network: about a hundred key persons over the 18 demo areas and all 13
 * expertise areas, with gaps on purpose (Orivesi has no separation support, Pohjois-Pirkanmaa no
 * leisure key person: the finder falls back to the planning area and the region), a few
 * assignments ending soon without a successor (continuity warnings), named special-level workers,
 * a multi-professional team in Valkeakoski–Akaa–Urjala and in Hartola, and trainings completed by
 * most. The account {@code avainhenkilo} is the nepsy key person of Valkeakoski–Akaa–Urjala.
 * Ids derive from names, so loading twice changes nothing.
 */
@Component
@Order(40)
class DirectoryDemoData implements DemoDataLoader {

    static final String VAU = "Valkeakoski–Akaa–Urjala";

    /** Area-scope key persons per area, by expertise code (a code twice = two key persons). */
    private static final Map<String, List<String>> AREA_KEY_PERSONS = new LinkedHashMap<>();

    static {
        AREA_KEY_PERSONS.put(VAU, List.of("nepsy", "nepsy", "nepsy", "child-protection", "child-protection",
                "violence", "violence", "separation", "substance-abuse", "leisure", "multicultural", "disability",
                "adult-services", "other"));
        AREA_KEY_PERSONS.put("Lempäälä–Vesilahti", List.of("nepsy", "nepsy", "child-protection", "child-protection",
                "violence", "separation", "substance-abuse"));
        AREA_KEY_PERSONS.put("Hervanta–Vuores", List.of("nepsy", "child-protection", "multicultural", "leisure"));
        AREA_KEY_PERSONS.put("Nokia", List.of("nepsy", "child-protection", "child-protection", "violence",
                "substance-abuse", "separation"));
        AREA_KEY_PERSONS.put("Sastamala–Punkalaidun", List.of("nepsy", "child-protection", "adult-services"));
        AREA_KEY_PERSONS.put("Pirkkala–Tampere länsi", List.of("nepsy", "nepsy", "child-protection", "violence",
                "multicultural", "leisure"));
        AREA_KEY_PERSONS.put("Ylöjärvi–Hämeenkyrö", List.of("nepsy", "child-protection", "substance-abuse", "separation"));
        AREA_KEY_PERSONS.put("Ikaalinen–Parkano–Kihniö", List.of("child-protection", "violence"));
        AREA_KEY_PERSONS.put("Mänttä-Vilppula–Virrat–Ruovesi", List.of("nepsy", "child-protection"));
        AREA_KEY_PERSONS.put("Kangasala–Pälkäne", List.of("nepsy", "child-protection", "separation", "violence"));
        AREA_KEY_PERSONS.put("Orivesi", List.of("child-protection"));
        AREA_KEY_PERSONS.put("Tampere itä", List.of("nepsy", "nepsy", "child-protection", "child-protection",
                "substance-abuse"));
        AREA_KEY_PERSONS.put("Tampere keskusta", List.of("nepsy", "child-protection", "child-protection", "violence",
                "leisure", "substance-abuse", "adult-services"));
        AREA_KEY_PERSONS.put("Tampere pohjoinen", List.of("nepsy", "child-protection", "separation"));
        AREA_KEY_PERSONS.put("Tesoma–Lielahti", List.of("nepsy", "child-protection", "violence"));
        AREA_KEY_PERSONS.put("Lahden eteläinen palvelualue (Jalkaranta)", List.of("nepsy", "nepsy", "child-protection",
                "child-protection", "violence", "substance-abuse", "separation", "leisure"));
        AREA_KEY_PERSONS.put("Asikkala", List.of("nepsy", "child-protection"));
        AREA_KEY_PERSONS.put("Hartola", List.of("nepsy", "child-protection", "separation"));
    }

    /** Planning-area-wide key persons (they serve all three areas). */
    private static final Map<String, List<String>> PLANNING_KEY_PERSONS = Map.of(
            "Etelä-Pirkanmaa", List.of("child-psychiatry", "adolescent-psychiatry"),
            "Länsi-Pirkanmaa", List.of("child-psychiatry", "disability"),
            "Pohjois-Pirkanmaa", List.of("child-psychiatry", "adult-services"),
            "Itä-Pirkanmaa", List.of("child-psychiatry", "adolescent-psychiatry"),
            "Tampere", List.of("child-psychiatry", "adolescent-psychiatry", "disability", "multicultural"),
            "Päijät-Hämeen pilottialueet", List.of("child-psychiatry", "adolescent-psychiatry", "multicultural"));

    private static final Map<String, List<String>> REGION_KEY_PERSONS = Map.of(
            "Pirkanmaa", List.of("ot-centre", "ot-centre"),
            "Päijät-Häme", List.of("ot-centre", "disability"));

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("child-protection", "Sosiaalityöntekijä, lastensuojelun avohuolto"),
            Map.entry("nepsy", "Psykiatrinen sairaanhoitaja, nepsy-valmentaja"),
            Map.entry("multicultural", "Monikulttuurisen perhetyön ohjaaja"),
            Map.entry("child-psychiatry", "Sairaanhoitaja, lastenpsykiatria"),
            Map.entry("adolescent-psychiatry", "Psykologi, nuorisopsykiatria"),
            Map.entry("disability", "Sosiaalityöntekijä, vammaispalvelut"),
            Map.entry("separation", "Perheneuvoja, perheasiain neuvottelukeskus"),
            Map.entry("ot-centre", "Erityisopettaja, osaamis- ja tukikeskus"),
            Map.entry("violence", "Perheterapeutti, lähisuhdeväkivaltatyö"),
            Map.entry("adult-services", "Sosiaaliohjaaja, aikuissosiaalityö"),
            Map.entry("leisure", "Nuoriso-ohjaaja, harrastamisen koordinaattori"),
            Map.entry("substance-abuse", "Päihdetyöntekijä, sairaanhoitaja"),
            Map.entry("other", "Puheterapeutti"));

    private static final List<String> FIRST = List.of("Anna", "Mikko", "Laura", "Jukka", "Sanna", "Timo", "Heidi",
            "Markku", "Johanna", "Petri", "Minna", "Antti", "Katja", "Juha", "Riikka", "Ville", "Elina", "Sami",
            "Tiina", "Janne", "Satu", "Marko", "Hanna", "Kari", "Päivi", "Ari", "Maarit", "Tuomas", "Outi", "Jari",
            "Susanna", "Pekka", "Kirsi", "Matti", "Noora", "Teemu", "Eeva", "Olli", "Jenni", "Harri", "Milla");
    private static final List<String> LAST = List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä",
            "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
            "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen",
            "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Aaltonen",
            "Lindroos", "Kallio", "Peltonen", "Hiltunen", "Leppänen", "Väisänen", "Rinne", "Nurmi", "Toivonen");

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Clock clock;
    private int counter;

    DirectoryDemoData(JdbcClient jdbc, UserAccounts users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("SELECT count(*) FROM family_centre_area WHERE id = :id").param("id", area(VAU))
                .query(Integer.class).single() == 0) {
            return; // the areas' demo data is off or not loaded
        }
        counter = 0;
        LocalDate today = LocalDate.now(clock);
        LocalDate started = today.minusMonths(14).withDayOfMonth(1);
        Map<String, List<UUID>> keyPersonsOfArea = new LinkedHashMap<>();

        UUID aki = id("professional", "Aki Avainhenkilö");
        insertProfessional(aki, "Aki Avainhenkilö", "Psykiatrinen sairaanhoitaja, nepsy-avainhenkilö",
                "Pirkanmaan hyvinvointialue", List.of("fi", "en"), "040 712 3301",
                "avainhenkilo@demo.perhekeskus.invalid", "Teams; puhelinaika ti ja to klo 9–10", List.of(VAU));
        users.findIdByUsername("avainhenkilo").ifPresent(user -> jdbc.sql(
                "UPDATE professional SET user_id = :user WHERE id = :id AND user_id IS NULL")
                .param("user", user.value()).param("id", aki).update());

        for (var entry : AREA_KEY_PERSONS.entrySet()) {
            String areaName = entry.getKey();
            List<UUID> people = new ArrayList<>();
            int n = 0;
            for (String expertise : entry.getValue()) {
                String key = areaName + "/" + expertise + "/" + n++;
                UUID professional = (areaName.equals(VAU) && expertise.equals("nepsy") && n == 1) ? aki
                        : newKeyPerson(expertise, areaName, List.of(areaName));
                people.add(professional);
                LocalDate endsOn = endingSoon(key, today);
                assign(key, professional, expertise, Scope.AREA, List.of(area(areaName)), started.plusDays(n * 17L),
                        endsOn);
            }
            keyPersonsOfArea.put(areaName, people);
            deputies(entry.getKey(), entry.getValue(), people);
        }
        for (var entry : PLANNING_KEY_PERSONS.entrySet()) {
            List<UUID> covered = jdbc.sql("""
                    SELECT a.id FROM family_centre_area a JOIN planning_area pa ON pa.id = a.planning_area_id
                    WHERE pa.name = :name ORDER BY a.name""").param("name", entry.getKey()).query(UUID.class).list();
            List<String> names = jdbc.sql("""
                    SELECT a.name FROM family_centre_area a JOIN planning_area pa ON pa.id = a.planning_area_id
                    WHERE pa.name = :name ORDER BY a.name""").param("name", entry.getKey()).query(String.class).list();
            for (String expertise : entry.getValue()) {
                UUID professional = newKeyPerson(expertise, names.getFirst(), names);
                assign(entry.getKey() + "/" + expertise, professional, expertise, Scope.PLANNING_AREA, covered,
                        started, null);
            }
        }
        for (var entry : REGION_KEY_PERSONS.entrySet()) {
            List<UUID> covered = jdbc.sql("""
                    SELECT a.id FROM family_centre_area a JOIN planning_area pa ON pa.id = a.planning_area_id
                    JOIN region r ON r.id = pa.region_id WHERE r.name = :name ORDER BY a.name""")
                    .param("name", entry.getKey()).query(UUID.class).list();
            int n = 0;
            for (String expertise : entry.getValue()) {
                String home = entry.getKey().equals("Pirkanmaa") ? (n == 0 ? "Tampere keskusta" : VAU)
                        : "Lahden eteläinen palvelualue (Jalkaranta)";
                UUID professional = newKeyPerson(expertise, home, List.of(home));
                assign(entry.getKey() + "/" + expertise + "/" + n++, professional, expertise, Scope.REGION, covered,
                        started, null);
            }
        }
        namedWorkers(started);
        teams(keyPersonsOfArea, today);
        trainings(started);
    }

    /** A few assignments end within weeks and nobody has been named to continue (seed 000: continuity). */
    private static LocalDate endingSoon(String key, LocalDate today) {
        return switch (key) {
            case VAU + "/child-protection/4" -> today.plusDays(30);
            case "Nokia/violence/3" -> today.plusDays(21);
            case "Tampere keskusta/substance-abuse/5" -> today.plusDays(45);
            case "Lahden eteläinen palvelualue (Jalkaranta)/separation/6" -> today.plusDays(12);
            default -> null;
        };
    }

    /** Each area key person's deputy is the next key person of the same area. */
    private void deputies(String areaName, List<String> expertise, List<UUID> people) {
        for (int i = 0; i < people.size() && people.size() > 1; i++) {
            UUID deputy = people.get((i + 1) % people.size());
            jdbc.sql("UPDATE key_person_assignment SET deputy_id = :deputy WHERE id = :id AND deputy_id IS NULL")
                    .param("deputy", deputy).param("id", id("assignment", areaName + "/" + expertise.get(i) + "/" + i))
                    .update();
        }
    }

    private UUID newKeyPerson(String expertise, String homeArea, List<String> areaNames) {
        int i = counter++;
        String first = FIRST.get((i * 7) % FIRST.size());
        String last = LAST.get((i * 11 + i / LAST.size()) % LAST.size());
        String name = first + " " + last;
        UUID id = id("professional", "kp-" + i + "-" + name);
        insertProfessional(id, name, TITLES.get(expertise), organisation(expertise, homeArea, i),
                i % 9 == 0 ? List.of("fi", "sv") : i % 7 == 0 ? List.of("fi", "en", "ru") : List.of("fi"),
                "040 %03d %04d".formatted(100 + i, 1000 + i * 37 % 9000),
                (first + "." + last).toLowerCase().replace("ä", "a").replace("ö", "o") + "@demo.perhekeskus.invalid",
                i % 4 == 0 ? "Teams-puhelu, tavoitettavissa ma–to klo 8–9" : null, areaNames);
        return id;
    }

    private static String organisation(String expertise, String homeArea, int i) {
        boolean paijatHame = homeArea.startsWith("Lahden") || homeArea.equals("Asikkala") || homeArea.equals("Hartola");
        String wellbeing = paijatHame ? "Päijät-Hämeen hyvinvointialue" : "Pirkanmaan hyvinvointialue";
        String town = homeArea.split("[–( ]")[0];
        return switch (expertise) {
            case "leisure" -> town.equals("Lahden") ? "Lahden kaupunki, nuorisopalvelut" : town + ", nuorisopalvelut";
            case "ot-centre" -> paijatHame ? "Lahden kaupunki, OT-keskus" : "Tampereen kaupunki, OT-keskus";
            case "separation" -> i % 2 == 0 ? "Tampereen ev.-lut. seurakuntayhtymä, perheasiain neuvottelukeskus"
                    : wellbeing;
            case "multicultural" -> i % 2 == 0 ? "MLL Hämeen piiri" : wellbeing;
            case "violence" -> i % 3 == 0 ? "Ensi- ja turvakoti ry" : wellbeing;
            default -> wellbeing;
        };
    }

    private void insertProfessional(UUID id, String name, String title, String organisation, List<String> languages,
            String phone, String email, String other, List<String> areaNames) {
        jdbc.sql("""
                INSERT INTO professional (id, name, title, organisation, languages, phone, email, other_contact)
                VALUES (:id, :name, :title, :organisation, string_to_array(:languages, ','), :phone, :email, :other)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("name", name).param("title", title).param("organisation", organisation)
                .param("languages", String.join(",", languages)).param("phone", phone).param("email", email)
                .param("other", other).update();
        for (String areaName : areaNames) {
            jdbc.sql("""
                    INSERT INTO professional_area (professional_id, family_centre_area_id) VALUES (:id, :area)
                    ON CONFLICT DO NOTHING""").param("id", id).param("area", area(areaName)).update();
        }
    }

    private void assign(String key, UUID professional, String expertise, Scope scope, List<UUID> areas,
            LocalDate startsOn, LocalDate endsOn) {
        UUID id = id("assignment", key);
        List<String> forms = switch (Math.abs(key.hashCode()) % 3) {
            case 0 -> List.of("PHONE_CONSULTATION", "PAIR_WORK", "NETWORK_WORK");
            case 1 -> List.of("PHONE_CONSULTATION", "JOINT_HOME_VISITS", "SERVICE_GUIDANCE");
            default -> List.of("PHONE_CONSULTATION", "PEER_GROUPS", "NETWORK_WORK", "PAIR_WORK");
        };
        int inserted = jdbc.sql("""
                INSERT INTO key_person_assignment (id, professional_id, expertise_code, scope, weekly_hours, work_forms,
                    starts_on, ends_on)
                VALUES (:id, :professional, :expertise, :scope, 2, string_to_array(:forms, ','), :startsOn, :endsOn)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("professional", professional).param("expertise", expertise)
                .param("scope", scope.name()).param("forms", String.join(",", forms)).param("startsOn", startsOn)
                .param("endsOn", endsOn).update();
        if (inserted == 0) return;
        for (UUID area : areas) {
            jdbc.sql("INSERT INTO key_person_assignment_area (assignment_id, family_centre_area_id) VALUES (:id, :area)")
                    .param("id", id).param("area", area).update();
        }
    }

    /** Seed 002 §6: whom to contact at the special level, named per area; agents and coordinators too. */
    private void namedWorkers(LocalDate started) {
        record Named(String name, String title, String organisation, String role, String service, String expertise,
                List<String> areas) {}
        List<String> south = List.of(VAU, "Lempäälä–Vesilahti", "Hervanta–Vuores");
        List<String> paijat = List.of("Lahden eteläinen palvelualue (Jalkaranta)", "Asikkala", "Hartola");
        List<Named> named = List.of(
                new Named("Riitta Honkanen", "Erikoislääkäri, lastenpsykiatria", "Pirkanmaan hyvinvointialue, Tays",
                        "SPECIAL_SERVICE_WORKER", "Lastenpsykiatrian poliklinikka", "child-psychiatry", south),
                new Named("Jussi Kauppinen", "Sairaanhoitaja, nuorisopsykiatria", "Pirkanmaan hyvinvointialue, Tays",
                        "SPECIAL_SERVICE_WORKER", "Nuorisopsykiatrian poliklinikka", "adolescent-psychiatry", south),
                new Named("Merja Ylinen", "Vammaispalvelujen sosiaalityöntekijä", "Pirkanmaan hyvinvointialue",
                        "SPECIAL_SERVICE_WORKER", "Vammaispalvelut, Etelä-Pirkanmaa", "disability", List.of(VAU)),
                new Named("Leena Ranta", "Psykologi, lastenpsykiatria", "Päijät-Hämeen hyvinvointialue",
                        "SPECIAL_SERVICE_WORKER", "Lastenpsykiatrian poliklinikka, Lahti", "child-psychiatry", paijat),
                new Named("Tuula Hakala", "Sosiaalityöntekijä, lastensuojelu", "Päijät-Hämeen hyvinvointialue",
                        "SPECIAL_SERVICE_WORKER", "Lastensuojelun päivystys", "child-protection", paijat),
                new Named("Sirpa Mäenpää", "Perhekeskusagentti, neuvolan terveydenhoitaja", "Pirkanmaan hyvinvointialue",
                        "AGENT", null, null, List.of(VAU)),
                new Named("Kaija Vuorinen", "Perhekeskusagentti, varhaiskasvatuksen erityisopettaja", "Hartolan kunta",
                        "AGENT", null, null, List.of("Hartola")),
                new Named("Marja Kivelä", "Perhekeskuskoordinaattori", "Päijät-Hämeen hyvinvointialue",
                        "COORDINATOR", null, null, paijat),
                new Named("Heikki Rautio", "Palveluohjaaja", "Pirkanmaan hyvinvointialue", "ON_CALL_TEAM_MEMBER",
                        null, null, List.of(VAU)),
                new Named("Pirjo Lindholm", "Perhetyön ohjaaja", "Pirkanmaan hyvinvointialue", "ON_CALL_TEAM_MEMBER",
                        null, null, List.of(VAU)));
        for (Named n : named) {
            UUID professional = id("professional", "named-" + n.name());
            insertProfessional(professional, n.name(), n.title(), n.organisation(), List.of("fi"),
                    "03 %04d %04d".formatted(Math.abs(n.name().hashCode()) % 9000 + 1000, 1000 + n.name().length() * 97),
                    n.name().toLowerCase().replace(' ', '.').replace("ä", "a").replace("ö", "o")
                            + "@demo.perhekeskus.invalid", null, n.areas());
            for (String areaName : n.areas()) {
                jdbc.sql("""
                        INSERT INTO named_worker (id, professional_id, role, family_centre_area_id, service_name,
                            expertise_code, starts_on)
                        VALUES (:id, :professional, :role, :area, :service, :expertise, :startsOn) ON CONFLICT DO NOTHING""")
                        .param("id", id("named", n.name() + "/" + areaName)).param("professional", professional)
                        .param("role", n.role()).param("area", area(areaName)).param("service", n.service())
                        .param("expertise", n.expertise()).param("startsOn", started).update();
            }
        }
    }

    /** Seed 002 Hartola: "Kysy moniammatilliselta tiimiltä", consultation times twice a month. */
    private void teams(Map<String, List<UUID>> keyPersonsOfArea, LocalDate today) {
        Map<String, String> teams = Map.of(
                VAU, "Valkeakoski–Akaa–Urjalan moniammatillinen tiimi",
                "Hartola", "Hartolan moniammatillinen tiimi");
        for (var entry : teams.entrySet()) {
            UUID team = id("team", entry.getValue());
            jdbc.sql("""
                    INSERT INTO multiprofessional_team (id, name, family_centre_area_id, description)
                    VALUES (:id, :name, :area, :description) ON CONFLICT DO NOTHING""")
                    .param("id", team).param("name", entry.getValue()).param("area", area(entry.getKey()))
                    .param("description", "Konsultoi tapauksissa, joissa asiakkuutta ei vielä ole. Ajat kahdesti kuussa.")
                    .update();
            List<UUID> members = keyPersonsOfArea.get(entry.getKey());
            for (UUID member : members.subList(0, Math.min(5, members.size()))) {
                jdbc.sql("INSERT INTO team_member (team_id, professional_id) VALUES (:team, :p) ON CONFLICT DO NOTHING")
                        .param("team", team).param("p", member).update();
            }
            // two free times a month, on the first and third Tuesday ahead, 9:00-10:00 Finnish time
            LocalDate day = today.plusDays(1);
            int added = 0;
            while (added < 4) {
                if (day.getDayOfWeek() == java.time.DayOfWeek.TUESDAY && (day.getDayOfMonth() <= 7
                        || (day.getDayOfMonth() > 14 && day.getDayOfMonth() <= 21))) {
                    var starts = day.atTime(LocalTime.of(9, 0)).atZone(ZoneId.of("Europe/Helsinki")).toOffsetDateTime();
                    jdbc.sql("""
                            INSERT INTO consultation_slot (id, team_id, starts_at, ends_at, location)
                            VALUES (:id, :team, :starts, :ends, :location) ON CONFLICT DO NOTHING""")
                            .param("id", id("slot", entry.getValue() + "/" + day)).param("team", team)
                            .param("starts", starts).param("ends", starts.plusHours(1))
                            .param("location", "Teams").update();
                    added++;
                }
                day = day.plusDays(1);
            }
        }
    }

    /** Most have the basic training; most key persons the 20 h one; some Lapset puheeksi. */
    private void trainings(LocalDate started) {
        List<UUID> all = jdbc.sql("SELECT id FROM professional WHERE email LIKE '%@demo.perhekeskus.invalid' ORDER BY id")
                .query(UUID.class).list();
        for (int i = 0; i < all.size(); i++) {
            if (i % 8 != 3) complete(all.get(i), "basic", started.minusMonths(2));
            if (i % 6 != 1) complete(all.get(i), "key-person", started.minusMonths(1));
            if (i % 3 == 0) complete(all.get(i), "lapset-puheeksi", started.plusMonths(3));
        }
    }

    private void complete(UUID professional, String training, LocalDate on) {
        jdbc.sql("""
                INSERT INTO training_completion (professional_id, training_code, completed_on) VALUES (:p, :t, :on)
                ON CONFLICT DO NOTHING""").param("p", professional).param("t", training).param("on", on).update();
    }

    static UUID area(String name) {
        return id("area", name);
    }

    static UUID id(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }
}
