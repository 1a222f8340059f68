package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreAreaId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The on-call worker records a phone call or a walk-in visit: it joins the queue already assessed and taken. */
@Controller
class RecordContactController {

    private final WorkerRecordedContact contacts;
    private final HelpRequestIntake intake;
    private final AccessControl access;
    private final Areas areas;
    private final MunicipalityChoices municipalities;

    RecordContactController(WorkerRecordedContact contacts, HelpRequestIntake intake, AccessControl access, Areas areas,
            MunicipalityChoices municipalities) {
        this.contacts = contacts;
        this.intake = intake;
        this.access = access;
        this.areas = areas;
        this.municipalities = municipalities;
    }

    @GetMapping("/help/contacts/new")
    @Authorized(Action.RECORD_HELP_CONTACT)
    String form(Model model) {
        return page(new ContactForm(), model);
    }

    @PostMapping("/help/contacts/new")
    @Authorized(Action.RECORD_HELP_CONTACT)
    String record(@ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        // a replayed form (double click, back and resend) opens what the first submit stored
        var earlier = form.getKey() == null ? java.util.Optional.<String>empty() : intake.receiptCodeFor(form.getKey());
        if (earlier.isPresent()) return "redirect:/help/queue";
        UserId worker = access.currentUser().orElseThrow().id();
        Channel channel = parse(Channel.class, form.getChannel());
        if (channel != Channel.PHONE && channel != Channel.WALK_IN) errors.rejectValue("channel", "help.error.channel");
        MunicipalityChoices.Place place = inMyAreas(Set.copyOf(areas.assignedTo(worker)), form.getPlace()).orElse(null);
        if (place == null) errors.rejectValue("place", "help.error.place");
        if (!Set.of("fi", "sv", "en").contains(String.valueOf(form.getLanguage()))) {
            errors.rejectValue("language", "help.error.language");
        }
        if (form.getConcern() == null || form.getConcern().isBlank()) errors.rejectValue("concern", "help.error.concern");
        else if (form.getConcern().length() > HelpQueueController.MAX_TEXT) errors.rejectValue("concern", "help.error.tooLong");
        List<Integer> ages = form.ages();
        if (ages == null) errors.rejectValue("childAges", "help.error.ages");
        ContactMethod method = parse(ContactMethod.class, form.getContactMethod());
        String value = form.getContactValue() == null || form.getContactValue().isBlank() ? null : form.getContactValue().strip();
        if (method == null) errors.rejectValue("contactMethod", "help.error.contactMethod");
        else if (method == ContactMethod.PHONE && !ContactDetails.validPhone(value)) errors.rejectValue("contactValue", "help.error.phone");
        else if (method == ContactMethod.EMAIL && !ContactDetails.validEmail(value)) errors.rejectValue("contactValue", "help.error.email");
        Urgency urgency = parse(Urgency.class, form.getUrgency());
        if (urgency == null) errors.rejectValue("urgency", "help.error.urgency");
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, model);
        }
        var request = new NewHelpRequest(channel, place.area(), place.municipality(), place.code(), form.getLanguage(),
                form.getConcern().strip(), List.of(), ages, form.isExpecting(), method,
                method == ContactMethod.NONE ? null : value, false);
        Receipt receipt = contacts.record(request, urgency, form.getKey(), worker);
        return "redirect:/help/requests/" + receipt.id();
    }

    private String page(ContactForm form, Model model) {
        UserId worker = access.currentUser().orElseThrow().id();
        model.addAttribute("form", form);
        Set<FamilyCentreAreaId> mine = Set.copyOf(areas.assignedTo(worker));
        model.addAttribute("places", municipalities.choices().stream()
                .filter(choice -> inMyAreas(mine, choice.value()).isPresent()).toList());
        model.addAttribute("channels", List.of(Channel.PHONE, Channel.WALK_IN));
        model.addAttribute("methods", ContactMethod.values());
        model.addAttribute("urgencies", Urgency.values());
        return "help/record-contact";
    }

    /** The chosen municipality, when it lies in one of the worker's areas and the area is known. */
    private java.util.Optional<MunicipalityChoices.Place> inMyAreas(Set<FamilyCentreAreaId> mine, String value) {
        return municipalities.resolve(value).filter(place -> place.area() != null && mine.contains(place.area()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
