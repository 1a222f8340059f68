package fi.perhekeskus.directory.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Regions, planning areas and family centre areas as choices in the directory's forms. */
@Repository
class AreaChoices {

    record Choice(UUID id, String name, String groupName) {}

    private final JdbcClient jdbc;

    AreaChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Choice> areas() {
        return jdbc.sql("""
                SELECT a.id, a.name, r.name || ' / ' || pa.name AS group_name FROM family_centre_area a
                JOIN planning_area pa ON pa.id = a.planning_area_id JOIN region r ON r.id = pa.region_id
                ORDER BY r.name, pa.name, a.name""").query(Choice.class).list();
    }

    /** Areas under their "region / planning area" headings, for optgroups. */
    static java.util.Map<String, List<Choice>> grouped(List<Choice> choices) {
        return choices.stream().collect(java.util.stream.Collectors.groupingBy(Choice::groupName,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    List<Choice> planningAreas() {
        return jdbc.sql("""
                SELECT pa.id, pa.name, r.name AS group_name FROM planning_area pa JOIN region r ON r.id = pa.region_id
                ORDER BY r.name, pa.name""").query(Choice.class).list();
    }

    List<Choice> regions() {
        return jdbc.sql("SELECT id, name, NULL AS group_name FROM region ORDER BY name").query(Choice.class).list();
    }

    boolean areaExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM family_centre_area WHERE id = :id").param("id", id)
                .query(Integer.class).single() > 0;
    }

    /** The family centre areas an assignment of that scope covers: one, a planning area's or a region's. */
    List<UUID> covered(Scope scope, UUID id) {
        String sql = switch (scope) {
            case AREA -> "SELECT id FROM family_centre_area WHERE id = :id";
            case PLANNING_AREA -> "SELECT id FROM family_centre_area WHERE planning_area_id = :id";
            case REGION -> """
                    SELECT a.id FROM family_centre_area a JOIN planning_area pa ON pa.id = a.planning_area_id
                    WHERE pa.region_id = :id""";
        };
        return jdbc.sql(sql).param("id", id).query(UUID.class).list();
    }
}
