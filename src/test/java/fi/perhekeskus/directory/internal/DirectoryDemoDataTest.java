package fi.perhekeskus.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo network is what the issue asks for, and loading it again changes nothing. */
@PerhekeskusTest
class DirectoryDemoDataTest {

    private static final String DEMO = """
            SELECT format('%s/%s/%s/%s/%s', (SELECT count(*) FROM professional WHERE email LIKE '%@demo.perhekeskus.invalid'),
                (SELECT count(*) FROM key_person_assignment k JOIN professional p ON p.id = k.professional_id
                 WHERE p.email LIKE '%@demo.perhekeskus.invalid'),
                (SELECT count(*) FROM named_worker w JOIN professional p ON p.id = w.professional_id
                 WHERE p.email LIKE '%@demo.perhekeskus.invalid'),
                (SELECT count(*) FROM training_completion c JOIN professional p ON p.id = c.professional_id
                 WHERE p.email LIKE '%@demo.perhekeskus.invalid'),
                (SELECT count(*) FROM consultation_slot s JOIN multiprofessional_team t ON t.id = s.team_id
                 WHERE t.name LIKE '%moniammatillinen tiimi'))""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryDemoData demo;

    @Test
    void atLeastSixtyKeyPersonsOverAllExpertiseAreasAndAkiIsTheNepsyKeyPersonWithADeputy() {
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT k.professional_id) FROM key_person_assignment k
                JOIN professional p ON p.id = k.professional_id WHERE p.email LIKE '%@demo.perhekeskus.invalid'""")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(60);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT k.expertise_code) FROM key_person_assignment k
                JOIN professional p ON p.id = k.professional_id WHERE p.email LIKE '%@demo.perhekeskus.invalid'""")
                .query(Integer.class).single()).isEqualTo(13);
        assertThat(jdbc.sql("""
                SELECT d.name FROM key_person_assignment k JOIN professional p ON p.id = k.professional_id
                JOIN app_user u ON u.id = p.user_id JOIN professional d ON d.id = k.deputy_id
                WHERE u.username = 'avainhenkilo' AND k.expertise_code = 'nepsy'
                  AND k.id IN (SELECT assignment_id FROM key_person_assignment_area
                               WHERE family_centre_area_id = :area)""")
                .param("area", DirectoryDemoData.area(DirectoryDemoData.VAU)).query(String.class).optional())
                .isPresent();
    }

    @Test
    void loadingTwiceChangesNothing() {
        String before = jdbc.sql(DEMO).query(String.class).single();

        demo.load();

        assertThat(jdbc.sql(DEMO).query(String.class).single()).isEqualTo(before);
    }
}
