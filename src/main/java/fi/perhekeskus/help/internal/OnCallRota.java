package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-call rota: per family centre area and ISO week, a team of three client guidance workers
 * (seed 004). The queue asks it who is on call; coordinators set it on the rota page.
 */
@Service
public class OnCallRota {

    private final JdbcClient jdbc;

    OnCallRota(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Monday of the ISO week of {@code day}. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The team on call in the area on that day, if one is set (possibly incomplete: see {@link OnCallTeam#complete()}). */
    public Optional<OnCallTeam> teamOn(FamilyCentreAreaId area, LocalDate day) {
        LocalDate week = weekStart(day);
        return Optional.ofNullable(teams(area, week, week).get(week));
    }

    /** Whether the user is in the area's on-call team of that day's week. */
    public boolean onCall(UserId user, FamilyCentreAreaId area, LocalDate day) {
        return jdbc.sql("""
                SELECT count(*) FROM on_call_team t JOIN on_call_member m ON m.team_id = t.id
                WHERE t.family_centre_area_id = :area AND t.week_start = :week AND m.user_id = :user""")
                .param("area", area.value()).param("week", weekStart(day)).param("user", user.value())
                .query(Integer.class).single() > 0;
    }

    /** The teams of the weeks from {@code firstWeek} to {@code lastWeek} (Mondays), by week; weeks without a team are absent. */
    public Map<LocalDate, OnCallTeam> teams(FamilyCentreAreaId area, LocalDate firstWeek, LocalDate lastWeek) {
        Map<LocalDate, List<OnCallTeam.Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.week_start, m.user_id, u.display_name, m.profession
                FROM on_call_team t
                LEFT JOIN on_call_member m ON m.team_id = t.id
                LEFT JOIN app_user u ON u.id = m.user_id
                WHERE t.family_centre_area_id = :area AND t.week_start BETWEEN :first AND :last
                ORDER BY t.week_start, u.display_name""")
                .param("area", area.value()).param("first", firstWeek).param("last", lastWeek)
                .query(rs -> {
                    List<OnCallTeam.Member> list = members.computeIfAbsent(rs.getObject(1, LocalDate.class),
                            k -> new ArrayList<>());
                    UUID user = rs.getObject(2, UUID.class);
                    if (user != null) {
                        list.add(new OnCallTeam.Member(new UserId(user), rs.getString(3),
                                Profession.valueOf(rs.getString(4))));
                    }
                });
        Map<LocalDate, OnCallTeam> teams = new LinkedHashMap<>();
        members.forEach((week, list) -> teams.put(week, new OnCallTeam(week, list)));
        return teams;
    }

    /** The people who work in the area (its area assignments): whom a team may be formed of. */
    public List<Candidate> candidates(FamilyCentreAreaId area) {
        return jdbc.sql("""
                SELECT u.id, u.display_name, u.title FROM area_assignment a JOIN app_user u ON u.id = a.user_id
                WHERE a.family_centre_area_id = :area ORDER BY u.display_name, u.id""")
                .param("area", area.value())
                .query((rs, n) -> new Candidate(new UserId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3)))
                .list();
    }

    /**
     * Replaces the team of the week. The caller validated the members ({@link RotaForm}); the row lock
     * on the team keeps two coordinators saving at once from mixing their teams.
     */
    @Transactional
    public void setTeam(FamilyCentreAreaId area, LocalDate weekStart, List<NewMember> members) {
        if (!weekStart.equals(weekStart(weekStart))) throw new IllegalArgumentException("not a Monday: " + weekStart);
        UUID teamId = teamId(area, weekStart);
        jdbc.sql("""
                INSERT INTO on_call_team (id, family_centre_area_id, week_start) VALUES (:id, :area, :week)
                ON CONFLICT (family_centre_area_id, week_start) DO NOTHING""")
                .param("id", teamId).param("area", area.value()).param("week", weekStart).update();
        UUID existing = jdbc.sql("""
                SELECT id FROM on_call_team WHERE family_centre_area_id = :area AND week_start = :week FOR UPDATE""")
                .param("area", area.value()).param("week", weekStart).query(UUID.class).single();
        jdbc.sql("DELETE FROM on_call_member WHERE team_id = :team").param("team", existing).update();
        for (NewMember member : members) {
            jdbc.sql("INSERT INTO on_call_member (team_id, user_id, profession) VALUES (:team, :user, :profession)")
                    .param("team", existing).param("user", member.userId().value())
                    .param("profession", member.profession().name()).update();
        }
    }

    /** Name-based, so that demo data and two nodes agree on a team's id. */
    static UUID teamId(FamilyCentreAreaId area, LocalDate weekStart) {
        return UUID.nameUUIDFromBytes(("on-call-team:" + area.value() + ":" + weekStart)
                .getBytes(StandardCharsets.UTF_8));
    }

    public record Candidate(UserId id, String displayName, String title) {}

    public record NewMember(UserId userId, Profession profession) {}
}
