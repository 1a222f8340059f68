package fi.perhekeskus.consultation.internal.slots;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Professionals find a free consultation time of a team, book it with a topic, and cancel their booking. */
@Controller
class FreeSlotsController {

    static final int MAX_TOPIC = 500;
    private static final int LIST_LIMIT = 200;
    /** A Finnish personal identity code (hetu): the topic must not identify a client. */
    private static final Pattern HETU = Pattern.compile("\\b\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]\\b", Pattern.CASE_INSENSITIVE);

    private final SlotRepository slots;
    private final SlotBooking booking;
    private final AccessControl access;
    private final Clock clock;

    FreeSlotsController(SlotRepository slots, SlotBooking booking, AccessControl access, Clock clock) {
        this.slots = slots;
        this.booking = booking;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/consultation-slots")
    @Authorized(Action.BOOK_CONSULTATION_SLOT)
    String list(@RequestParam Optional<UUID> area, @RequestParam Optional<UUID> team, Model model) {
        Instant now = clock.instant();
        UUID me = me();
        model.addAttribute("slots", slots.free(now, area.orElse(null), team.orElse(null), LIST_LIMIT));
        var teams = slots.teamsWithFreeTimes(now);
        model.addAttribute("teams", teams);
        model.addAttribute("areas", teams.stream().map(t -> new SlotRepository.TeamOption(t.areaId(), t.areaName(), t.areaId(),
                t.areaName())).distinct().toList());
        model.addAttribute("area", area.orElse(null));
        model.addAttribute("team", team.orElse(null));
        model.addAttribute("mine", slots.bookedBy(me, now));
        model.addAttribute("myTeams", slots.teamsOf(me));
        return "consultation/slots/list";
    }

    @GetMapping("/consultation-slots/{id}")
    @Authorized(Action.BOOK_CONSULTATION_SLOT)
    String slot(@PathVariable UUID id, Model model) {
        Slot slot = slots.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(slot, null, null, model);
    }

    @PostMapping("/consultation-slots/{id}/book")
    @Authorized(Action.BOOK_CONSULTATION_SLOT)
    String book(@PathVariable UUID id, @RequestParam(defaultValue = "") String topic, Model model,
            HttpServletResponse response) {
        Slot slot = slots.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String text = topic.strip();
        String error = text.isEmpty() ? "slots.error.topic"
                : text.length() > MAX_TOPIC ? "slots.error.topicTooLong"
                : HETU.matcher(text).find() ? "slots.error.topicIdentifies" : null;
        if (error != null && !slot.bookedBy(me())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(slot, topic, error, model);
        }
        return switch (booking.book(id, me(), text)) {
            case BookingResult.Booked b -> "redirect:/consultation-slots/" + id + "?booked";
            case BookingResult.AlreadyYours a -> "redirect:/consultation-slots/" + id + "?booked";
            case BookingResult.Taken t -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield page(t.slot(), topic, null, model);
            }
            case BookingResult.Unavailable u -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("unavailable", true);
                yield page(slot, topic, null, model);
            }
        };
    }

    @PostMapping("/consultation-slots/{id}/cancel")
    @Authorized(Action.BOOK_CONSULTATION_SLOT)
    String cancel(@PathVariable UUID id) {
        booking.cancel(id, me());
        return "redirect:/consultation-slots?cancelled";
    }

    private String page(Slot slot, String topic, String topicError, Model model) {
        model.addAttribute("slot", slot);
        model.addAttribute("mine", slot.bookedBy(me()));
        model.addAttribute("topic", topic);
        model.addAttribute("topicError", topicError);
        model.addAttribute("maxTopic", MAX_TOPIC);
        boolean started = !slot.startsAt().isAfter(clock.instant());
        model.addAttribute("started", started);
        if (slot.booked() && !slot.bookedBy(me()) || started || model.containsAttribute("unavailable")) {
            List<Slot> others = slots.free(clock.instant(), null, slot.teamId(), 5);
            model.addAttribute("others", others.isEmpty() ? slots.free(clock.instant(), null, null, 5) : others);
        }
        return "consultation/slots/slot";
    }

    private UUID me() {
        return access.currentUser().orElseThrow().id().value();
    }
}
