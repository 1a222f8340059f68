package fi.perhekeskus.consultation.internal.slots;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A consultation time a team published; booked when {@code bookedBy} is set. */
public record Slot(UUID id, UUID teamId, String teamName, String areaName, Instant startsAt, Instant endsAt,
        String location, String videoLink, UUID bookedBy, String topic, UUID bookingId) {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    public boolean booked() {
        return bookedBy != null;
    }

    public boolean bookedBy(UUID user) {
        return user.equals(bookedBy);
    }

    /** Local times for the pages, which speak Finnish time whatever the server's zone. */
    public ZonedDateTime start() {
        return startsAt.atZone(HELSINKI);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(HELSINKI);
    }
}
