package fi.perhekeskus.help.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.area.FamilyCentreAreaId;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small-count rule on its own: what is hidden, and that nothing hidden can be computed back. */
class SmallCountsTest {

    @Test
    void countsOfOneToFourAreHiddenZeroAndFiveAreShown() {
        HelpReportRow row = SmallCounts.suppress(figures(Map.of(Channel.HELP_BUTTON, 5L, Channel.PHONE, 0L), 5, 0, 5, 2.0));

        assertThat(row.received()).isEqualTo(Figure.of(5L));
        assertThat(row.byChannel().get(Channel.HELP_BUTTON)).isEqualTo(Figure.of(5L));
        assertThat(row.byChannel().get(Channel.PHONE)).isEqualTo(Figure.of(0L));
        assertThat(row.startedOnTimePct()).isEqualTo(Figure.of(100L));
        assertThat(row.medianWorkingDays()).isEqualTo(Figure.of(2.0));
        assertThat(row.late()).isEqualTo(Figure.of(0L));
    }

    @Test
    void aSmallTotalHidesTheWholeRow() {
        HelpReportRow row = SmallCounts.suppress(figures(Map.of(Channel.PHONE, 3L, Channel.WALK_IN, 1L), 3, 1, 4, 1.0));

        assertThat(row.received().suppressed()).isEqualTo(Figure.LESS_THAN_5);
        assertThat(row.byChannel().get(Channel.PHONE).suppressed()).isEqualTo(Figure.LESS_THAN_5);
        assertThat(row.startedOnTimePct().suppressed()).isEqualTo(Figure.LESS_THAN_5);
        assertThat(row.medianWorkingDays().suppressed()).isEqualTo(Figure.LESS_THAN_5);
        assertThat(row.late().suppressed()).isEqualTo(Figure.LESS_THAN_5);
    }

    @Test
    void oneSmallChannelHidesTheSmallestLargeChannelToo() {
        HelpReportRow row = SmallCounts.suppress(figures(
                Map.of(Channel.HELP_BUTTON, 20L, Channel.PHONE, 7L, Channel.API, 2L), 29, 0, 29, 1.0));

        assertThat(row.received()).isEqualTo(Figure.of(29L));
        assertThat(row.byChannel().get(Channel.API).suppressed()).isEqualTo(Figure.LESS_THAN_5);
        assertThat(row.byChannel().get(Channel.PHONE).suppressed()).isEqualTo(Figure.COMPLEMENTARY);
        assertThat(row.byChannel().get(Channel.HELP_BUTTON)).isEqualTo(Figure.of(20L));
    }

    @Test
    void whenEveryChannelIsSmallTheTotalIsHidden() {
        HelpReportRow row = SmallCounts.suppress(figures(Map.of(Channel.PHONE, 3L, Channel.WALK_IN, 3L), 6, 0, 6, 0.0));

        assertThat(row.received().suppressed()).isEqualTo(Figure.COMPLEMENTARY);
        assertThat(row.byChannel().get(Channel.PHONE).suppressed()).isEqualTo(Figure.LESS_THAN_5);
    }

    @Test
    void aShareIsHiddenWhenItWouldRevealASmallLateCount() {
        HelpReportRow row = SmallCounts.suppress(figures(Map.of(Channel.HELP_BUTTON, 12L), 10, 2, 12, 3.0));

        assertThat(row.late().suppressed()).isEqualTo(Figure.LESS_THAN_5);
        assertThat(row.startedOnTimePct().suppressed()).isEqualTo(Figure.COMPLEMENTARY);
        assertThat(row.medianWorkingDays()).isEqualTo(Figure.of(3.0));
    }

    @Test
    void noSmallChannelCanBeComputedFromTheTotalAndTheShownChannels() {
        Random random = new Random(4);
        for (int n = 0; n < 5_000; n++) {
            Map<Channel, Long> counts = new EnumMap<>(Channel.class);
            long total = 0;
            for (Channel channel : Channel.values()) {
                long count = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 5 : 30);
                counts.put(channel, count);
                total += count;
            }
            HelpReportRow row = SmallCounts.suppress(figures(counts, 0, 0, 0, null));
            if (!row.received().shown()) continue; // an unknown total gives nothing to subtract from
            long hiddenSum = total - row.byChannel().values().stream().filter(Figure::shown)
                    .mapToLong(f -> f.value().longValue()).sum();
            long hiddenCells = row.byChannel().values().stream().filter(f -> !f.shown()).count();
            if (hiddenCells == 0) continue;
            // What is hidden is at least two cells, and one of them is 5 or more: their sum pins no small cell.
            assertThat(hiddenCells).as("row %s", counts).isGreaterThanOrEqualTo(2);
            assertThat(row.byChannel().values()).as("row %s", counts)
                    .anyMatch(f -> Figure.COMPLEMENTARY.equals(f.suppressed()));
            assertThat(hiddenSum).as("row %s", counts).isGreaterThanOrEqualTo(SmallCounts.THRESHOLD + 1);
        }
    }

    private static AreaMonthFigures figures(Map<Channel, Long> byChannel, long onTime, long late, long started,
            Double median) {
        long received = byChannel.values().stream().mapToLong(Long::longValue).sum();
        Map<Channel, Long> all = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) all.put(c, byChannel.getOrDefault(c, 0L));
        return new AreaMonthFigures(new FamilyCentreAreaId(UUID.randomUUID()), "Alue", "Pirkanmaa",
                YearMonth.of(2026, 5), received, all, onTime, late, started, median);
    }
}
