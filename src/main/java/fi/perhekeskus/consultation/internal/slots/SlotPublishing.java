package fi.perhekeskus.consultation.internal.slots;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A team publishes its consultation times and withdraws unbooked ones. */
@Service
class SlotPublishing {

    /** A time that overlaps one the team already has (or another in the same series). */
    static final class Overlap extends RuntimeException {
        final transient Instant existing;

        Overlap(Instant existing) {
            super("overlapping consultation slot", null, false, false);
            this.existing = existing;
        }
    }

    private final SlotRepository slots;
    private final AuditLog audit;
    private final Clock clock;

    SlotPublishing(SlotRepository slots, AuditLog audit, Clock clock) {
        this.slots = slots;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes all the times or none. The check gives a readable answer; the exclusion constraint of
     * V17 still decides when two members publish at the same moment.
     */
    @Transactional
    public List<UUID> publish(UUID team, List<SlotTime> times, String location, String videoLink, UUID publisher) {
        for (int i = 0; i < times.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (times.get(i).overlaps(times.get(j))) throw new Overlap(times.get(j).startsAt());
            }
            Optional<Instant> existing = slots.overlapping(team, times.get(i));
            if (existing.isPresent()) throw new Overlap(existing.get());
        }
        Instant now = clock.instant();
        List<UUID> ids = times.stream().map(t -> UUID.randomUUID()).toList();
        for (int i = 0; i < times.size(); i++) {
            slots.insert(ids.get(i), team, times.get(i), location, videoLink, publisher, now);
        }
        audit.record(AuditEventType.CONSULTATION_SLOT_PUBLISHED, team, AuditOutcome.SUCCESS,
                Map.of("slots", ids.size(), "first", times.getFirst().startsAt().toString()));
        return ids;
    }

    /** Withdraws an unbooked time; false when it was booked meanwhile (the booker keeps it). */
    @Transactional
    public boolean withdraw(UUID team, UUID slot) {
        boolean removed = slots.deleteFree(team, slot);
        if (removed) {
            audit.record(AuditEventType.CONSULTATION_SLOT_CANCELLED, slot, AuditOutcome.SUCCESS,
                    Map.of("team", team.toString(), "what", "slot"));
        }
        return removed;
    }
}
