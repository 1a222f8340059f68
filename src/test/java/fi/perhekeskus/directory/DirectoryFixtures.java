package fi.perhekeskus.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a region of its own per test (two planning areas, three areas), so demo data never
 * disturbs the counts a test asserts. Professionals and assignments are inserted in SQL.
 */
final class DirectoryFixtures {

    final JdbcClient jdbc;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final UUID region = UUID.randomUUID();
    final UUID planningA = UUID.randomUUID();
    final UUID planningB = UUID.randomUUID();
    /** In planning area A: {@code area} (the one a test asks about) and {@code sibling}. */
    final UUID area = UUID.randomUUID();
    final UUID sibling = UUID.randomUUID();
    /** In planning area B of the same region. */
    final UUID cousin = UUID.randomUUID();

    DirectoryFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("INSERT INTO region (id, name) VALUES (:id, :name)").param("id", region)
                .param("name", "Testimaakunta " + suffix).update();
        planning(planningA, "Pohjoinen " + suffix);
        planning(planningB, "Eteläinen " + suffix);
        area(area, planningA, "Testilä " + suffix, 45_000);
        area(sibling, planningA, "Naapurila " + suffix, 20_000);
        area(cousin, planningB, "Serkkula " + suffix, 30_000);
    }

    String areaName() {
        return "Testilä " + suffix;
    }

    private void planning(UUID id, String name) {
        jdbc.sql("INSERT INTO planning_area (id, region_id, name) VALUES (:id, :region, :name)")
                .param("id", id).param("region", region).param("name", name).update();
    }

    private void area(UUID id, UUID planning, String name, int population) {
        jdbc.sql("INSERT INTO family_centre_area (id, planning_area_id, name, population, children) "
                        + "VALUES (:id, :planning, :name, :population, 1000)")
                .param("id", id).param("planning", planning).param("name", name).param("population", population)
                .update();
    }

    UUID professional(String name, UUID... areas) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO professional (id, name, title, organisation, languages, phone, email, other_contact)
                VALUES (:id, :name, 'Psykologi', 'Testin hyvinvointialue', '{fi,sv}', '040 123 4567', :email, 'Teams')""")
                .param("id", id).param("name", name).param("email", "p" + id.toString().substring(0, 6) + "@test.invalid")
                .update();
        for (UUID area : areas) {
            jdbc.sql("INSERT INTO professional_area VALUES (:p, :a)").param("p", id).param("a", area).update();
        }
        return id;
    }

    UUID assign(UUID professional, String expertise, LocalDate startsOn, LocalDate endsOn, UUID deputy,
            UUID... areas) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO key_person_assignment (id, professional_id, expertise_code, scope, work_forms, starts_on,
                    ends_on, deputy_id)
                VALUES (:id, :p, :e, 'AREA', '{PHONE_CONSULTATION,PAIR_WORK}', :s, :end, :deputy)""")
                .param("id", id).param("p", professional).param("e", expertise).param("s", startsOn)
                .param("end", endsOn).param("deputy", deputy).update();
        for (UUID area : areas) {
            jdbc.sql("INSERT INTO key_person_assignment_area VALUES (:k, :a)").param("k", id).param("a", area).update();
        }
        return id;
    }

    UUID assign(UUID professional, String expertise, UUID... areas) {
        return assign(professional, expertise, LocalDate.now().minusMonths(1), null, null, areas);
    }

    List<UUID> areas() {
        return List.of(area, sibling, cousin);
    }
}
