package fi.perhekeskus.consultation.internal.slots;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.directory.KeyPersonDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** A team's own page of consultation times: publish one or a series, see bookings, withdraw a free time. */
@Controller
class TeamSlotsController {

    private final SlotRepository slots;
    private final SlotPublishing publishing;
    private final KeyPersonDirectory directory;
    private final UserAccounts accounts;
    private final AccessControl access;
    private final Clock clock;

    TeamSlotsController(SlotRepository slots, SlotPublishing publishing, KeyPersonDirectory directory,
            UserAccounts accounts, AccessControl access, Clock clock) {
        this.slots = slots;
        this.publishing = publishing;
        this.directory = directory;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/teams/{id}/slots")
    @Authorized(value = Action.PUBLISH_CONSULTATION_SLOTS, target = "id")
    String page(@PathVariable UUID id, Model model) {
        return page(id, new SlotForm(), model);
    }

    @PostMapping("/teams/{id}/slots")
    @Authorized(value = Action.PUBLISH_CONSULTATION_SLOTS, target = "id")
    String publish(@PathVariable UUID id, @ModelAttribute("form") SlotForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        teamName(id);
        List<SlotTime> times = PublishingPolicy.times(form, clock, errors);
        if (!errors.hasErrors()) {
            try {
                List<UUID> published = publishing.publish(id, times, form.locationOrNull(), form.videoLinkOrNull(),
                        access.currentUser().orElseThrow().id().value());
                return "redirect:/teams/" + id + "/slots?published=" + published.size();
            } catch (SlotPublishing.Overlap e) {
                errors.rejectValue("date", "slots.error.overlap",
                        new Object[] {SlotNotices.WHEN.format(e.existing.atZone(Slot.HELSINKI))}, null);
            } catch (DataIntegrityViolationException e) {
                // another member published an overlapping time in the same instant
                errors.rejectValue("date", "slots.error.overlapNow");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(id, form, model);
    }

    @PostMapping("/teams/{id}/slots/{slot}/withdraw")
    @Authorized(value = Action.PUBLISH_CONSULTATION_SLOTS, target = "id")
    String withdraw(@PathVariable UUID id, @PathVariable UUID slot) {
        teamName(id);
        return "redirect:/teams/" + id + "/slots?" + (publishing.withdraw(id, slot) ? "withdrawn" : "notWithdrawn");
    }

    private String page(UUID team, SlotForm form, Model model) {
        List<Slot> times = slots.ofTeam(team, clock.instant());
        Map<UUID, String> bookers = accounts.displayNames(times.stream().map(Slot::bookedBy).filter(Objects::nonNull)
                        .map(UserId::new).toList())
                .entrySet().stream().collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
        model.addAttribute("teamId", team);
        model.addAttribute("teamName", teamName(team));
        model.addAttribute("form", form);
        model.addAttribute("slots", times);
        model.addAttribute("bookers", bookers);
        model.addAttribute("maxAtOnce", PublishingPolicy.MAX_AT_ONCE);
        return "consultation/slots/team";
    }

    private String teamName(UUID team) {
        return directory.teamName(team).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
