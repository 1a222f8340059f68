package fi.perhekeskus.casework.internal;

import java.time.Instant;
import java.util.UUID;

/** A network meeting of a case. {@code status}: PLANNED, HELD or CANCELLED. */
public record NetworkMeeting(UUID id, Instant startsAt, Instant endsAt, String place, String videoLink, String status,
        int icsSequence) {}
