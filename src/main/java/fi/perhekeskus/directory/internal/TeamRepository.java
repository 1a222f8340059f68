package fi.perhekeskus.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Multi-professional teams and their members. */
@Repository
class TeamRepository {

    record Listed(UUID id, String name, String areaName, boolean active, int members) {}

    record Team(UUID id, String name, UUID areaId, String areaName, String description, boolean active) {}

    record Member(UUID id, String name, String title, String organisation, boolean active) {}

    /** A professional to add, {@code inArea} when they work in the team's area. */
    record Candidate(UUID id, String name, String organisation, boolean inArea) {}

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Listed> list() {
        return jdbc.sql("""
                SELECT t.id, t.name, a.name AS area_name, t.active,
                       (SELECT count(*) FROM team_member m WHERE m.team_id = t.id) AS members
                FROM multiprofessional_team t JOIN family_centre_area a ON a.id = t.family_centre_area_id
                ORDER BY t.active DESC, a.name, t.name LIMIT 500""").query(Listed.class).list();
    }

    Optional<Team> find(UUID id) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.family_centre_area_id AS area_id, a.name AS area_name, t.description, t.active
                FROM multiprofessional_team t JOIN family_centre_area a ON a.id = t.family_centre_area_id
                WHERE t.id = :id""").param("id", id).query(Team.class).optional();
    }

    void save(UUID id, TeamForm form) {
        jdbc.sql("""
                INSERT INTO multiprofessional_team (id, name, family_centre_area_id, description)
                VALUES (:id, :name, :area, :description)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name,
                    family_centre_area_id = excluded.family_centre_area_id, description = excluded.description""")
                .param("id", id).param("name", form.getName().strip()).param("area", form.getAreaId())
                .param("description", ProfessionalRepository.blankToNull(form.getDescription())).update();
    }

    /** True when the team's state changed (it was not already in that state). */
    boolean setActive(UUID id, boolean active) {
        return jdbc.sql("UPDATE multiprofessional_team SET active = :active WHERE id = :id AND active <> :active")
                .param("id", id).param("active", active).update() > 0;
    }

    List<Member> members(UUID team) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.title, p.organisation, p.active FROM team_member m
                JOIN professional p ON p.id = m.professional_id WHERE m.team_id = :team ORDER BY p.name""")
                .param("team", team).query(Member.class).list();
    }

    /** Active professionals not yet in the team, those of the team's area first. */
    List<Candidate> candidates(UUID team, UUID area) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.organisation,
                       EXISTS (SELECT 1 FROM professional_area pa WHERE pa.professional_id = p.id
                               AND pa.family_centre_area_id = :area) AS in_area
                FROM professional p
                WHERE p.active AND NOT EXISTS (SELECT 1 FROM team_member m WHERE m.team_id = :team
                                               AND m.professional_id = p.id)
                ORDER BY in_area DESC, p.name LIMIT 1000""")
                .param("team", team).param("area", area).query(Candidate.class).list();
    }

    boolean activeProfessional(UUID id) {
        return jdbc.sql("SELECT count(*) FROM professional WHERE id = :id AND active").param("id", id)
                .query(Integer.class).single() > 0;
    }

    /** False when the professional already is a member (nothing changes). */
    boolean addMember(UUID team, UUID professional) {
        return jdbc.sql("""
                INSERT INTO team_member (team_id, professional_id) VALUES (:team, :p)
                ON CONFLICT DO NOTHING""").param("team", team).param("p", professional).update() > 0;
    }

    boolean removeMember(UUID team, UUID professional) {
        return jdbc.sql("DELETE FROM team_member WHERE team_id = :team AND professional_id = :p")
                .param("team", team).param("p", professional).update() > 0;
    }
}
