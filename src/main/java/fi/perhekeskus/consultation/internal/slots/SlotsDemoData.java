package fi.perhekeskus.consultation.internal.slots;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.platform.DemoDataLoader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every active multi-professional team holds consultation times twice a month (seed 002 Hartola): the
 * first and third Tuesday, 13.00–14.30, for the next three months; the first time of the first team is
 * booked by {@code lahityontekija}. Runs after the directory's teams; without teams it does nothing.
 * Ids derive from team and date, so loading twice (or on another day of the same months) adds nothing twice.
 */
@Component
@Order(70)
class SlotsDemoData implements DemoDataLoader {

    private static final LocalTime START = LocalTime.of(13, 0);
    private static final LocalTime END = LocalTime.of(14, 30);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;

    SlotsDemoData(JdbcClient jdbc, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        List<UUID> teams = jdbc.sql("SELECT id FROM multiprofessional_team WHERE active ORDER BY name, id")
                .query(UUID.class).list();
        LocalDate today = LocalDate.now(clock.withZone(Slot.HELSINKI));
        List<LocalDate> days = days(today);
        for (UUID team : teams) {
            for (LocalDate day : days) {
                jdbc.sql("""
                        INSERT INTO consultation_slot (id, team_id, starts_at, ends_at, location, video_link, published_at)
                        VALUES (:id, :team, :start, :end, :location, :link, now())
                        ON CONFLICT DO NOTHING""")
                        .param("id", id("consultation-slot:" + team + ":" + day)).param("team", team)
                        .param("start", Timestamp.from(day.atTime(START).atZone(Slot.HELSINKI).toInstant()))
                        .param("end", Timestamp.from(day.atTime(END).atZone(Slot.HELSINKI).toInstant()))
                        .param("location", "Perhekeskus, neuvotteluhuone 2")
                        .param("link", "https://video.example.fi/tiimi-" + team.toString().substring(0, 8))
                        .update();
            }
        }
        var closeWorker = accounts.findIdByUsername("lahityontekija");
        if (teams.isEmpty() || days.isEmpty() || closeWorker.isEmpty()) return;
        UUID first = id("consultation-slot:" + teams.getFirst() + ":" + days.getFirst());
        jdbc.sql("""
                UPDATE consultation_slot SET booked_by = :user, booked_at = now(), booking_id = :booking,
                    topic = 'Kouluikäisen lapsen jaksaminen, kun perheessä ei ole asiakkuutta. Miten ottaa puheeksi vanhempien kanssa?'
                WHERE id = :id AND booked_by IS NULL
                  AND NOT EXISTS (SELECT 1 FROM consultation_slot WHERE booking_id = :booking)""")
                .param("user", closeWorker.get().value()).param("booking", id("consultation-booking:" + first))
                .param("id", first).update();
    }

    /** First and third Tuesday of this month and the next three, from tomorrow to three months ahead. */
    static List<LocalDate> days(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (int m = 0; m <= 3; m++) {
            LocalDate month = today.plusMonths(m).withDayOfMonth(1);
            LocalDate firstTuesday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            for (LocalDate day : List.of(firstTuesday, firstTuesday.plusWeeks(2))) {
                if (day.isAfter(today) && !day.isAfter(today.plusMonths(3))) days.add(day);
            }
        }
        return days;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
