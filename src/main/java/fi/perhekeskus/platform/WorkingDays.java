package fi.perhekeskus.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The Finnish working-day calendar for statutory deadlines. Saturdays, Sundays and public
 * holidays are not working days; nor are Midsummer Eve and Christmas Eve, which the Act on
 * calculating statutory time limits (150/1930, 5 §) treats like holidays: a deadline falling on
 * them moves to the next working day.
 */
public final class WorkingDays {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1),    // uudenvuodenpäivä
            MonthDay.of(1, 6),    // loppiainen
            MonthDay.of(5, 1),    // vappu
            MonthDay.of(12, 6),   // itsenäisyyspäivä
            MonthDay.of(12, 24),  // jouluaatto
            MonthDay.of(12, 25),  // joulupäivä
            MonthDay.of(12, 26)); // tapaninpäivä

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Public holidays and the eves treated as such, whatever the weekday. */
    public static boolean isHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) return true;
        LocalDate easter = easterSunday(day.getYear());
        if (day.equals(easter.minusDays(2)) || day.equals(easter) || day.equals(easter.plusDays(1))
                || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(49))) {
            return true; // pitkäperjantai, pääsiäispäivä, 2. pääsiäispäivä, helatorstai, helluntaipäivä
        }
        LocalDate midsummerDay = LocalDate.of(day.getYear(), 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate allSaints = LocalDate.of(day.getYear(), 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return day.equals(midsummerDay) || day.equals(midsummerDay.minusDays(1)) || day.equals(allSaints);
    }

    /**
     * The {@code n}th working day after {@code day}, not counting {@code day} itself: a contact on
     * Monday with no holidays that week has its 7th working day on Wednesday of the next week.
     */
    public static LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        if (n < 1) throw new IllegalArgumentException("n must be positive: " + n);
        LocalDate current = day;
        for (int counted = 0; counted < n; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) counted++;
        }
        return current;
    }

    /** A deadline that falls on a day off moves to the next working day (150/1930, 5 §). */
    public static LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) current = current.plusDays(1);
        return current;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) return -workingDaysBetween(to, from);
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) count++;
        }
        return count;
    }

    /** Gauss's computus for the Gregorian calendar (the anonymous algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
