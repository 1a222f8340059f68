package fi.perhekeskus.help.internal;

import fi.perhekeskus.area.FamilyCentreArea;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/** Which areas and months a report covers, from the request's parameters; bad ones become field errors. */
record ReportScope(List<FamilyCentreArea> areas, YearMonth from, YearMonth to, String area, String region) {

    /** Longest period one report covers: three years of months. */
    static final int MAX_MONTHS = 36;

    /** The audit target: the area, the region or every area. */
    String target() {
        return area != null ? area : region != null ? "region:" + region : "all";
    }

    static ReportScope resolve(List<FamilyCentreArea> all, String area, String region, YearMonth from, YearMonth to,
            Errors errors) {
        List<FamilyCentreArea> areas = all;
        String areaId = blank(area) ? null : area.strip();
        String regionName = blank(region) ? null : region.strip();
        if (areaId != null) {
            UUID id = uuid(areaId);
            areas = all.stream().filter(a -> a.id().value().equals(id)).toList();
            if (areas.isEmpty()) errors.rejectValue("area", "help.reports.report.param.area");
        }
        if (regionName != null) {
            areas = areas.stream().filter(a -> a.region().equals(regionName)).toList();
            if (all.stream().noneMatch(a -> a.region().equals(regionName))) {
                errors.rejectValue("region", "help.reports.report.param.region");
            }
        }
        if (from != null && to != null && (from.isAfter(to) || from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1)))) {
            errors.rejectValue("to", "help.reports.report.param.period", new Object[] {MAX_MONTHS}, null);
        }
        return new ReportScope(areas, from, to, areaId, regionName);
    }

    static YearMonth month(String value, String field, Errors errors) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "help.reports.report.param.month");
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
