package fi.perhekeskus.servicemap.internal;

import java.util.List;

/** One page of ranked results and how many matched in all. */
record SearchPage<T>(long total, List<T> items) {}
