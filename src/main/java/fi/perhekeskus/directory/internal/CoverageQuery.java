package fi.perhekeskus.directory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coverage matrix: for every expertise area and family centre area, the active key persons
 * against the target. Target = ceil(target_per_30k × population / 30 000): rounding up means an
 * area with any residents and a non-zero target needs at least one key person (Hartola, 2 800
 * residents, needs one nepsy key person, not 0.19). A cell's "coming gap" counts assignments that
 * end within the warning window without a successor: when they end, the count drops below target.
 */
@Repository
class CoverageQuery {

    record Cell(String expertiseCode, String expertiseName, UUID areaId, String areaName, String planningArea,
            String region, int active, int target, int ending) {

        public int gap() {
            return Math.max(target - active, 0);
        }

        /** Active now, but assignments ending soon without successor will leave the area short. */
        public boolean comingGap() {
            return ending > 0 && active - ending < target;
        }
    }

    record Warning(UUID assignmentId, UUID professionalId, String professionalName, String expertiseName,
            LocalDate endsOn, String areaNames) {}

    record Expertise(String code, String name, BigDecimal target) {}

    /** Counts first (one row per area and expertise with anyone active), then the full grid around them. */
    static final String CELLS = """
                WITH counts AS MATERIALIZED (
                    SELECT ka.family_centre_area_id AS area_id, k.expertise_code, count(*) AS active,
                           count(*) FILTER (WHERE k.ends_on IS NOT NULL AND k.ends_on <= :horizon
                                                        AND k.successor_id IS NULL) AS ending
                    FROM key_person_assignment k
                    JOIN key_person_assignment_area ka ON ka.assignment_id = k.id
                    WHERE k.starts_on <= :today AND (k.ends_on IS NULL OR k.ends_on >= :today)
                      AND NOT EXISTS (SELECT 1 FROM professional p WHERE p.id = k.professional_id AND NOT p.active)
                      AND (CAST(:region AS uuid) IS NULL OR ka.family_centre_area_id IN (
                          SELECT x.id FROM family_centre_area x JOIN planning_area xp ON xp.id = x.planning_area_id
                          WHERE xp.region_id = :region))
                    GROUP BY 1, 2
                )
                SELECT e.code AS expertise_code, %s AS expertise_name, a.id AS area_id, a.name AS area_name,
                       pa.name AS planning_area, r.name AS region,
                       coalesce(c.active, 0) AS active,
                       ceil(e.target_per_30k * coalesce(a.population, 0) / 30000.0)::int AS target,
                       coalesce(c.ending, 0) AS ending
                FROM family_centre_area a
                JOIN planning_area pa ON pa.id = a.planning_area_id
                JOIN region r ON r.id = pa.region_id
                CROSS JOIN expertise_area e
                LEFT JOIN counts c ON c.area_id = a.id AND c.expertise_code = e.code
                WHERE e.active AND (CAST(:region AS uuid) IS NULL OR r.id = :region)
                ORDER BY r.name, pa.name, a.name, e.position""";

    private final JdbcClient jdbc;

    CoverageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record CacheKey(long change, LocalDate today, int warningDays, UUID region, String lang) {}

    /** Recent matrices by the directory's change counter (V15); a change makes old keys unreachable. */
    private final java.util.Map<CacheKey, List<Cell>> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<CacheKey, List<Cell>> eldest) {
                    return size() > 64;
                }
            });

    /** Cells ordered by region, planning area, area and expertise position; {@code region} null for all. */
    List<Cell> cells(LocalDate today, int warningDays, UUID region, String lang) {
        // the counter first, then the cells: the cells are at least as new as the key they are kept under
        long change = jdbc.sql("SELECT n FROM directory_change").query(Long.class).single();
        CacheKey key = new CacheKey(change, today, warningDays, region, lang);
        List<Cell> cached = cache.get(key);
        if (cached != null) return cached;
        List<Cell> cells = List.copyOf(compute(today, warningDays, region, lang));
        cache.put(key, cells);
        return cells;
    }

    private List<Cell> compute(LocalDate today, int warningDays, UUID region, String lang) {
        return jdbc.sql(CELLS.formatted(Lang.name("e")))
                .param("today", today).param("horizon", today.plusDays(warningDays)).param("region", region)
                .param("lang", lang).query(Cell.class).list();
    }

    List<Expertise> expertiseAreas(String lang) {
        return jdbc.sql("SELECT code, %s AS name, target_per_30k AS target FROM expertise_area e WHERE active ORDER BY position"
                .formatted(Lang.name("e")))
                .param("lang", lang).query(Expertise.class).list();
    }

    /** Active assignments that end within the window with no successor named. */
    List<Warning> warnings(LocalDate today, int warningDays, UUID region, String lang) {
        return jdbc.sql("""
                SELECT k.id AS assignment_id, p.id AS professional_id, p.name AS professional_name,
                       %s AS expertise_name, k.ends_on,
                       (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM key_person_assignment_area ka
                        JOIN family_centre_area a ON a.id = ka.family_centre_area_id
                        WHERE ka.assignment_id = k.id) AS area_names
                FROM key_person_assignment k
                JOIN professional p ON p.id = k.professional_id AND p.active
                JOIN expertise_area e ON e.code = k.expertise_code
                WHERE k.successor_id IS NULL AND k.ends_on BETWEEN :today AND :horizon AND k.starts_on <= :today
                  AND (CAST(:region AS uuid) IS NULL OR EXISTS (
                      SELECT 1 FROM key_person_assignment_area ka JOIN family_centre_area a ON a.id = ka.family_centre_area_id
                      JOIN planning_area pa ON pa.id = a.planning_area_id
                      WHERE ka.assignment_id = k.id AND pa.region_id = :region))
                ORDER BY k.ends_on, p.name LIMIT 500""".formatted(Lang.name("e")))
                .param("today", today).param("horizon", today.plusDays(warningDays)).param("region", region)
                .param("lang", lang).query(Warning.class).list();
    }
}
