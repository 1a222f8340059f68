package fi.perhekeskus.help.internal;

import java.util.EnumMap;
import java.util.Map;

/**
 * The small-count rule of the leadership reports (a named rule, tested on its own): a figure based
 * on 1–4 requests is never shown, nor one a reader could compute it from.
 * <ul>
 * <li>A count of 1–4 shows as "< 5"; zero is shown.</li>
 * <li>A share or median computed from fewer than 5 requests is hidden ("< 5").</li>
 * <li>Channels add up to the row's total: when some channel is hidden, the smallest channel of 5 or
 * more is hidden too (complementary suppression), so the total minus the shown channels is a sum
 * that pins no small cell down. When no such channel exists, the total is hidden instead.</li>
 * <li>The on-time share with a total reveals the late count: it is hidden when the late or the
 * on-time count is 1–4.</li>
 * </ul>
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;

    private SmallCounts() {}

    static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    static Figure count(long count) {
        return small(count) ? Figure.small() : Figure.of(count);
    }

    public static HelpReportRow suppress(AreaMonthFigures f) {
        Map<Channel, Figure> channels = new EnumMap<>(Channel.class);
        Channel complement = null;
        boolean anySmall = false;
        for (Channel channel : Channel.values()) {
            long n = f.byChannel().getOrDefault(channel, 0L);
            channels.put(channel, count(n));
            anySmall |= small(n);
            if (n >= THRESHOLD && (complement == null || n < f.byChannel().get(complement))) complement = channel;
        }
        Figure total = count(f.received());
        if (anySmall && total.shown()) {
            if (complement != null) {
                channels.put(complement, Figure.complementary());
            } else {
                total = Figure.complementary();
            }
        }
        long due = f.onTime() + f.late();
        Figure share;
        if (due == 0) {
            share = Figure.of(null);
        } else if (due < THRESHOLD) {
            share = Figure.small();
        } else if (small(f.late()) || small(f.onTime())) {
            share = Figure.complementary();
        } else {
            share = Figure.of(Math.round(100.0 * f.onTime() / due));
        }
        Figure median = f.started() == 0 || f.medianWorkingDays() == null ? Figure.of(null)
                : f.started() < THRESHOLD ? Figure.small() : Figure.of(f.medianWorkingDays());
        return new HelpReportRow(f.areaId().value().toString(), f.area(), f.region(), f.month().toString(), total,
                channels, share, median, count(f.late()));
    }
}
