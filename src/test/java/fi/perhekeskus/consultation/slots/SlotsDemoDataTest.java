package fi.perhekeskus.consultation.slots;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.platform.DemoDataLoader;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo teams hold times twice a month for three months, one booked by lahityontekija; loading twice adds nothing. */
@PerhekeskusTest
class SlotsDemoDataTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired List<DemoDataLoader> loaders;

    @Test
    void everyActiveTeamGetsTimesTwiceAMonthAndLoadingTwiceChangesNothing() {
        // named to sort first, so that its first time is the one the demo books
        UUID team = new SlotFixtures(jdbc, port).team("000 Demotiimi");
        DemoDataLoader slots = loaders.stream().filter(l -> l.getClass().getSimpleName().startsWith("SlotsDemoData"))
                .findFirst().orElseThrow();
        slots.load();
        List<ZonedDateTime> starts = jdbc.sql("SELECT starts_at FROM consultation_slot WHERE team_id = :t ORDER BY starts_at")
                .param("t", team).query(Timestamp.class).list().stream()
                .map(t -> t.toInstant().atZone(SlotFixtures.HELSINKI)).toList();
        slots.load();

        assertThat(new SlotFixtures(jdbc, port).slotsOf(team)).isEqualTo(starts.size());
        assertThat(starts.size()).isBetween(5, 8);
        assertThat(starts).allSatisfy(s -> {
            assertThat(s.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(13, 0));
        });
        assertThat(starts.getFirst()).isAfter(ZonedDateTime.now(SlotFixtures.HELSINKI));
        assertThat(starts.getLast()).isBefore(ZonedDateTime.now(SlotFixtures.HELSINKI).plusMonths(3).plusDays(1));
        UUID first = UUID.nameUUIDFromBytes(("consultation-slot:" + team + ":" + starts.getFirst().toLocalDate())
                .getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("""
                SELECT u.username FROM consultation_slot s JOIN app_user u ON u.id = s.booked_by WHERE s.id = :id""")
                .param("id", first).query(String.class).optional()).contains("lahityontekija");
    }
}
