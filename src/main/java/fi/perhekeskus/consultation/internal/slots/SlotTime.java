package fi.perhekeskus.consultation.internal.slots;

import java.time.Instant;

/** One time to publish, before it is a slot. */
record SlotTime(Instant startsAt, Instant endsAt) {

    boolean overlaps(SlotTime other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
