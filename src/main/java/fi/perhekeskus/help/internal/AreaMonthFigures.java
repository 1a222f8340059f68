package fi.perhekeskus.help.internal;

import fi.perhekeskus.area.FamilyCentreAreaId;
import java.time.YearMonth;
import java.util.Map;

/**
 * Exact counts of one area and month, as the database aggregated them, before small counts are
 * suppressed. Never shown as such: {@link SmallCounts} turns them into a {@link HelpReportRow}.
 *
 * @param onTime  requests first contacted (or, for anonymous questions, answered) by the 7th working day
 * @param late    requests started after the 7th working day, plus open ones still unstarted past it
 * @param started requests with a first contact or an answer (the median's base)
 * @param medianWorkingDays median working days from the day of receipt to the first contact, null if none
 */
public record AreaMonthFigures(FamilyCentreAreaId areaId, String area, String region, YearMonth month, long received,
        Map<Channel, Long> byChannel, long onTime, long late, long started, Double medianWorkingDays) {}
