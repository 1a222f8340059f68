package fi.perhekeskus.servicemap.internal;

import java.util.List;

/**
 * One page of ranked results and how many matched in all. When more matched than a search
 * ranks ({@code perhekeskus.servicemap.search.ranking-pool}), {@code total} is that number and
 * {@code totalExact} is false: "over 200".
 */
record SearchPage<T>(long total, boolean totalExact, List<T> items) {

    SearchPage(long total, List<T> items) {
        this(total, true, items);
    }
}
