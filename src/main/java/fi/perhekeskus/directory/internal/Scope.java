package fi.perhekeskus.directory.internal;

/** Which areas a key person assignment serves: one area, all of a planning area, or all of a region. */
enum Scope { AREA, PLANNING_AREA, REGION }
