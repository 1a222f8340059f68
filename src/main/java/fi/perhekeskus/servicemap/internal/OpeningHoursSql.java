package fi.perhekeskus.servicemap.internal;

/**
 * "Open now" in SQL, for a row alias {@code sp} with a {@code place_id}. An exception for the
 * day wins over the regular hours; a period whose closing time is not after its opening time
 * runs over midnight, so yesterday's late period may still be open.
 */
final class OpeningHoursSql {

    private OpeningHoursSql() {}

    static final String OPEN_AT = """
            (CASE WHEN EXISTS (SELECT 1 FROM opening_exception e WHERE e.place_id = sp.place_id AND e.day = :nowDay)
                  THEN EXISTS (SELECT 1 FROM opening_exception e WHERE e.place_id = sp.place_id AND e.day = :nowDay
                               AND NOT e.closed AND e.opens <= :nowTime AND (e.closes > :nowTime OR e.closes <= e.opens))
                  ELSE EXISTS (SELECT 1 FROM opening_hours h WHERE h.place_id = sp.place_id AND (
                               (h.weekday = :nowWeekday AND h.opens <= :nowTime AND (h.closes > :nowTime OR h.closes <= h.opens))
                            OR (h.weekday = :yesterdayWeekday AND h.closes <= h.opens AND h.closes > :nowTime)))
             END)""";
}
