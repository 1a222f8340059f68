package fi.perhekeskus.area.internal;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.area.Municipality;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AreaRepository implements Areas {

    private static final String SELECT = """
            SELECT a.id, a.name, p.name AS planning_area, r.name AS region, a.population, a.children,
                   a.description, (extract(epoch FROM a.updated_at) * 1000000)::bigint AS version,
                   ARRAY(SELECT m.name FROM municipality m WHERE m.family_centre_area_id = a.id ORDER BY m.name)
                       AS municipalities,
                   ARRAY(SELECT aa.user_id FROM area_assignment aa
                         WHERE aa.family_centre_area_id = a.id AND aa.coordinator) AS coordinators
            FROM family_centre_area a
            JOIN planning_area p ON p.id = a.planning_area_id
            JOIN region r ON r.id = p.region_id
            """;

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FamilyCentreArea> all() {
        return jdbc.sql(SELECT + " ORDER BY r.name, p.name, a.name").query(AreaRepository::map).list();
    }

    @Override
    public Optional<FamilyCentreArea> find(FamilyCentreAreaId id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id.value()).query(AreaRepository::map).optional();
    }

    @Override
    public List<Municipality> municipalities() {
        return jdbc.sql("SELECT name, code, family_centre_area_id FROM municipality ORDER BY name, family_centre_area_id")
                .query((rs, row) -> new Municipality(rs.getString("name"), rs.getString("code"),
                        new FamilyCentreAreaId(rs.getObject("family_centre_area_id", UUID.class))))
                .list();
    }

    @Override
    public List<FamilyCentreAreaId> assignedTo(UserId user) {
        return jdbc.sql("SELECT family_centre_area_id FROM area_assignment WHERE user_id = :user ORDER BY 1")
                .param("user", user.value()).query(UUID.class).list().stream().map(FamilyCentreAreaId::new).toList();
    }

    /** Whether another area of the same planning area already has this name (names are unique there). */
    boolean nameTakenInPlanningArea(FamilyCentreAreaId id, String name) {
        return jdbc.sql("""
                SELECT 1 FROM family_centre_area other
                JOIN family_centre_area this ON this.planning_area_id = other.planning_area_id
                WHERE this.id = :id AND other.id <> :id AND other.name = :name""")
                .param("id", id.value()).param("name", name)
                .query().singleColumn().stream().findAny().isPresent();
    }

    /** Updates only if nobody changed the area since {@code version} was read; returns whether it did. */
    boolean update(FamilyCentreAreaId id, long version, AreaForm form) {
        return jdbc.sql("""
                UPDATE family_centre_area
                SET name = :name, population = :population, children = :children, description = :description,
                    updated_at = clock_timestamp()
                WHERE id = :id AND (extract(epoch FROM updated_at) * 1000000)::bigint = :version""")
                .param("id", id.value()).param("version", version)
                .param("name", form.getName().strip())
                .param("population", form.getPopulation())
                .param("children", form.getChildren())
                .param("description", blankToNull(form.getDescription()))
                .update() == 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static FamilyCentreArea map(ResultSet rs, int row) throws SQLException {
        return new FamilyCentreArea(new FamilyCentreAreaId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("planning_area"), rs.getString("region"), (Integer) rs.getObject("population"),
                (Integer) rs.getObject("children"), rs.getString("description"), strings(rs.getArray("municipalities")),
                uuids(rs.getArray("coordinators")), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static List<UserId> uuids(Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).map(UserId::new).toList();
    }
}
