package fi.perhekeskus.servicemap.internal;

/** Previous/next links of a result list. */
record Pager(long total, int limit, int offset, Integer previousOffset, Integer nextOffset, int from, int to) {

    static Pager of(long total, int limit, int offset) {
        Integer previous = offset > 0 ? Math.max(0, offset - limit) : null;
        Integer next = offset + limit < total ? offset + limit : null;
        int from = total == 0 ? 0 : offset + 1;
        int to = (int) Math.min(total, (long) offset + limit);
        return new Pager(total, limit, offset, previous, next, from, to);
    }
}
