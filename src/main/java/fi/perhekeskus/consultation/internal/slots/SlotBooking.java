package fi.perhekeskus.consultation.internal.slots;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Booking a free time and cancelling one's booking, each in one transaction with its mail and audit. */
@Service
class SlotBooking {

    private final SlotRepository slots;
    private final SlotNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    SlotBooking(SlotRepository slots, SlotNotices notices, AuditLog audit, Clock clock) {
        this.slots = slots;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BookingResult book(UUID slotId, UUID booker, String topic) {
        Instant now = clock.instant();
        if (slots.book(slotId, booker, topic, UUID.randomUUID(), now)) {
            Slot slot = slots.find(slotId).orElseThrow();
            audit.record(AuditEventType.CONSULTATION_SLOT_BOOKED, slotId, AuditOutcome.SUCCESS,
                    Map.of("team", slot.teamId().toString()));
            notices.booked(slot, booker);
            return new BookingResult.Booked(slot);
        }
        Optional<Slot> slot = slots.find(slotId);
        if (slot.isEmpty()) return new BookingResult.Unavailable();
        if (slot.get().bookedBy(booker)) return new BookingResult.AlreadyYours(slot.get());
        if (slot.get().booked()) return new BookingResult.Taken(slot.get());
        return new BookingResult.Unavailable();
    }

    /** Frees the booker's own booking; false when there was none (already cancelled: nothing to do). */
    @Transactional
    public boolean cancel(UUID slotId, UUID booker) {
        Optional<Slot> booking = slots.lockBookingOf(slotId, booker);
        if (booking.isEmpty()) return false;
        slots.free(slotId);
        audit.record(AuditEventType.CONSULTATION_SLOT_CANCELLED, slotId, AuditOutcome.SUCCESS,
                Map.of("team", booking.get().teamId().toString(), "what", "booking"));
        notices.cancelled(booking.get(), booker);
        return true;
    }
}
