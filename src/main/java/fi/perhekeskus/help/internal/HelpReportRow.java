package fi.perhekeskus.help.internal;

import java.util.Map;

/**
 * One area and month of the leadership report, safe to show: small counts suppressed.
 *
 * @param month            YYYY-MM
 * @param byChannel        requests received by channel (every channel present, in {@link Channel} order)
 * @param startedOnTimePct share (%) of due requests started by the 7th working day
 * @param medianWorkingDays median working days from receipt to the first contact
 * @param late             requests started late or still waiting past their deadline
 */
public record HelpReportRow(String areaId, String area, String region, String month, Figure received,
        Map<Channel, Figure> byChannel, Figure startedOnTimePct, Figure medianWorkingDays, Figure late) {}
