package fi.perhekeskus.area.internal;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.platform.DemoDataLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pirkanmaa's five planning areas of three family centre areas each (seed 001; the southern
 * figures are the seed's, the others plausible) and the Päijät-Häme pilots of seed 002.
 * Ids derive from names so that loading twice, or on two nodes at once, changes nothing.
 */
@Component
@Order(20)
class AreaDemoData implements DemoDataLoader {

    record Area(String name, int population, int children, List<String> municipalities) {}

    record Planning(String name, List<Area> areas) {}

    record Region(String name, List<Planning> planningAreas) {}

    static final String VALKEAKOSKI_AKAA_URJALA = "Valkeakoski–Akaa–Urjala";
    static final String HARTOLA = "Hartola";

    static final List<Region> REGIONS = List.of(
            new Region("Pirkanmaa", List.of(
                    new Planning("Etelä-Pirkanmaa", List.of(
                            new Area(VALKEAKOSKI_AKAA_URJALA, 42_734, 8_746, List.of("Valkeakoski", "Akaa", "Urjala")),
                            new Area("Lempäälä–Vesilahti", 27_289, 7_490, List.of("Lempäälä", "Vesilahti")),
                            new Area("Hervanta–Vuores", 28_808, 4_532, List.of("Tampere")))),
                    new Planning("Länsi-Pirkanmaa", List.of(
                            new Area("Nokia", 34_900, 7_100, List.of("Nokia")),
                            new Area("Sastamala–Punkalaidun", 26_700, 4_600, List.of("Sastamala", "Punkalaidun")),
                            new Area("Pirkkala–Tampere länsi", 41_200, 8_300, List.of("Pirkkala", "Tampere")))),
                    new Planning("Pohjois-Pirkanmaa", List.of(
                            new Area("Ylöjärvi–Hämeenkyrö", 43_600, 9_900, List.of("Ylöjärvi", "Hämeenkyrö")),
                            new Area("Ikaalinen–Parkano–Kihniö", 20_900, 3_500, List.of("Ikaalinen", "Parkano", "Kihniö")),
                            new Area("Mänttä-Vilppula–Virrat–Ruovesi", 27_300, 4_200,
                                    List.of("Mänttä-Vilppula", "Virrat", "Ruovesi", "Juupajoki")))),
                    new Planning("Itä-Pirkanmaa", List.of(
                            new Area("Kangasala–Pälkäne", 39_400, 8_400, List.of("Kangasala", "Pälkäne")),
                            new Area("Orivesi", 9_100, 1_500, List.of("Orivesi")),
                            new Area("Tampere itä", 47_800, 8_100, List.of("Tampere")))),
                    new Planning("Tampere", List.of(
                            new Area("Tampere keskusta", 49_500, 5_900, List.of("Tampere")),
                            new Area("Tampere pohjoinen", 44_300, 8_000, List.of("Tampere")),
                            new Area("Tesoma–Lielahti", 45_100, 7_700, List.of("Tampere")))))),
            new Region("Päijät-Häme", List.of(
                    new Planning("Päijät-Hämeen pilottialueet", List.of(
                            new Area("Lahden eteläinen palvelualue (Jalkaranta)", 33_500, 6_200, List.of("Lahti")),
                            new Area("Asikkala", 8_100, 1_400, List.of("Asikkala")),
                            new Area(HARTOLA, 2_800, 400, List.of(HARTOLA)))))));

    /** Official municipality numbers (Tilastokeskus), for integrations that name a municipality by code. */
    static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("Akaa", "020"), Map.entry("Asikkala", "016"), Map.entry("Hartola", "081"),
            Map.entry("Hämeenkyrö", "108"), Map.entry("Ikaalinen", "143"), Map.entry("Juupajoki", "172"),
            Map.entry("Kangasala", "211"), Map.entry("Kihniö", "177"), Map.entry("Lahti", "398"),
            Map.entry("Lempäälä", "418"), Map.entry("Mänttä-Vilppula", "508"), Map.entry("Nokia", "536"),
            Map.entry("Orivesi", "562"), Map.entry("Parkano", "581"), Map.entry("Pirkkala", "604"),
            Map.entry("Punkalaidun", "619"), Map.entry("Pälkäne", "635"), Map.entry("Ruovesi", "702"),
            Map.entry("Sastamala", "790"), Map.entry("Tampere", "837"), Map.entry("Urjala", "887"),
            Map.entry("Valkeakoski", "908"), Map.entry("Vesilahti", "922"), Map.entry("Virrat", "936"),
            Map.entry("Ylöjärvi", "980"));

    private final JdbcClient jdbc;
    private final UserAccounts users;

    AreaDemoData(JdbcClient jdbc, UserAccounts users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    @Transactional
    public void load() {
        for (Region region : REGIONS) {
            UUID regionId = id("region", region.name());
            insert("INSERT INTO region (id, name) VALUES (:id, :name) ON CONFLICT DO NOTHING",
                    regionId, region.name(), null);
            for (Planning planning : region.planningAreas()) {
                UUID planningId = id("planning", planning.name());
                insert("INSERT INTO planning_area (id, region_id, name) VALUES (:id, :parent, :name) "
                        + "ON CONFLICT DO NOTHING", planningId, planning.name(), regionId);
                planning.areas().forEach(area -> insertArea(planningId, area));
            }
        }
        assign("koordinaattori", VALKEAKOSKI_AKAA_URJALA, true);
        for (String worker : List.of("ohjaaja", "omatyontekija", "lahityontekija", "avainhenkilo", "johtaja")) {
            assign(worker, VALKEAKOSKI_AKAA_URJALA, false);
        }
        assign("vieras", HARTOLA, false);
    }

    private void insertArea(UUID planningId, Area area) {
        UUID areaId = id("area", area.name());
        jdbc.sql("""
                INSERT INTO family_centre_area (id, planning_area_id, name, population, children)
                VALUES (:id, :parent, :name, :population, :children) ON CONFLICT DO NOTHING""")
                .param("id", areaId).param("parent", planningId).param("name", area.name())
                .param("population", area.population()).param("children", area.children()).update();
        for (String municipality : area.municipalities()) {
            jdbc.sql("""
                    INSERT INTO municipality (id, family_centre_area_id, name, code) VALUES (:id, :parent, :name, :code)
                    ON CONFLICT (id) DO UPDATE SET code = excluded.code""")
                    .param("id", id("municipality", area.name() + "/" + municipality)).param("parent", areaId)
                    .param("name", municipality).param("code", CODES.get(municipality)).update();
        }
    }

    private void assign(String username, String areaName, boolean coordinator) {
        users.findIdByUsername(username).ifPresent(user -> jdbc.sql("""
                INSERT INTO area_assignment (user_id, family_centre_area_id, coordinator)
                VALUES (:user, :area, :coordinator) ON CONFLICT DO NOTHING""")
                .param("user", user.value()).param("area", id("area", areaName))
                .param("coordinator", coordinator).update());
    }

    private void insert(String sql, UUID id, String name, UUID parent) {
        var statement = jdbc.sql(sql).param("id", id).param("name", name);
        if (parent != null) statement = statement.param("parent", parent);
        statement.update();
    }

    static UUID id(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }
}
