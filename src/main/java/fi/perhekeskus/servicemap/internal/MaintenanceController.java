package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.servicemap.AccessMethod;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.Criterion;
import fi.perhekeskus.servicemap.CriterionGroup;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.Rating;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maintenance of the service map: service editors draft changes to their organisations'
 * services and places, coordinators publish or return the drafts, keep entries reviewed, and
 * meeting places record their self-assessments. Every write is audited.
 */
@Controller
class MaintenanceController {

    private final ServiceRepository services;
    private final PlaceRepository places;
    private final OrganisationRepository organisations;
    private final ContentRevisions revisions;
    private final MaintenanceQueries queries;
    private final AccessControl access;
    private final AuditLog audit;
    private final Areas areas;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    MaintenanceController(ServiceRepository services, PlaceRepository places, OrganisationRepository organisations,
            ContentRevisions revisions, MaintenanceQueries queries, AccessControl access, AuditLog audit, Areas areas,
            JdbcClient jdbc) {
        this.services = services;
        this.places = places;
        this.organisations = organisations;
        this.revisions = revisions;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.areas = areas;
        this.jdbc = jdbc;
        this.clock = Clock.system(OutreachRules.HELSINKI);
    }

    // ---- lists ------------------------------------------------------------------------------

    @GetMapping("/maintenance/services")
    @Authorized(Action.VIEW_SERVICE_MAP_MAINTENANCE)
    String list(@RequestParam(required = false) UUID organisation, Model model) {
        CurrentUser user = user();
        List<MaintenanceQueries.OrganisationRef> orgs = queries.organisations(user);
        model.addAttribute("organisations", orgs);
        model.addAttribute("selected", organisation);
        List<MaintenanceQueries.Entry> entries = queries.entries(user, organisation);
        model.addAttribute("entriesByOrganisation", entries.stream().collect(Collectors.groupingBy(
                MaintenanceQueries.Entry::organisation, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("creatable", orgs.stream()
                .filter(o -> organisation == null || o.id().equals(organisation))
                .filter(o -> access.isPermitted(Action.CREATE_SERVICE_MAP_ENTRY, o.id())).toList());
        model.addAttribute("canPublish", access.isPermitted(Action.PUBLISH_SERVICE_MAP_ENTRY));
        model.addAttribute("myDrafts", revisions.draftsOf(orgs.stream().map(MaintenanceQueries.OrganisationRef::id)
                .toList()).stream().filter(d -> MaintenanceQueries.seesAll(user) ? d.revision().returned() : true)
                .toList());
        return "servicemap/maintenance/list";
    }

    @GetMapping("/maintenance/not-reviewed")
    @Authorized(Action.VIEW_SERVICE_MAP_MAINTENANCE)
    String notReviewed(Model model) {
        model.addAttribute("entries", queries.notReviewed(user(), today()));
        model.addAttribute("canPublish", access.isPermitted(Action.PUBLISH_SERVICE_MAP_ENTRY));
        return "servicemap/maintenance/not-reviewed";
    }

    @PostMapping("/maintenance/not-reviewed/services/{id}")
    @Authorized(Action.PUBLISH_SERVICE_MAP_ENTRY)
    @Transactional
    String markServiceReviewed(@PathVariable UUID id, RedirectAttributes redirect) {
        return markReviewed(ContentRevisions.Kind.SERVICE, id, redirect);
    }

    @PostMapping("/maintenance/not-reviewed/places/{id}")
    @Authorized(Action.PUBLISH_SERVICE_MAP_ENTRY)
    @Transactional
    String markPlaceReviewed(@PathVariable UUID id, RedirectAttributes redirect) {
        return markReviewed(ContentRevisions.Kind.PLACE, id, redirect);
    }

    private String markReviewed(ContentRevisions.Kind kind, UUID id, RedirectAttributes redirect) {
        if (!queries.markReviewed(kind, id, today())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(AuditEventType.SERVICE_MAP_ENTRY_REVIEWED, id, AuditOutcome.SUCCESS,
                Map.of("kind", kind.name(), "reviewedOn", today().toString()));
        redirect.addFlashAttribute("reviewed", true);
        return "redirect:/maintenance/not-reviewed";
    }

    // ---- services ---------------------------------------------------------------------------

    @GetMapping("/maintenance/organisations/{organisationId}/services/new")
    @Authorized(value = Action.CREATE_SERVICE_MAP_ENTRY, target = "organisationId")
    String newService(@PathVariable UUID organisationId, Model model) {
        var organisation = organisation(organisationId);
        ServiceForm form = new ServiceForm();
        form.setId(UUID.randomUUID());
        return serviceForm(model, form.withBlankRows(), organisation, null, null);
    }

    @PostMapping("/maintenance/organisations/{organisationId}/services/new")
    @Authorized(value = Action.CREATE_SERVICE_MAP_ENTRY, target = "organisationId")
    @Transactional
    String createService(@PathVariable UUID organisationId, @ModelAttribute("form") ServiceForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var organisation = organisation(organisationId);
        if (form.getId() == null) {
            form.setId(UUID.randomUUID());
        }
        var existing = services.find(new ServiceId(form.getId()));
        if (existing.isPresent() && !existing.get().content().organisation().value().equals(organisationId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if (existing.isPresent() && existing.get().published()) {
            // a second click after the entry was already published: edit it the ordinary way
            return "redirect:/maintenance/services/" + form.getId() + "/edit";
        }
        return saveService(form.getId(), organisation, null, form, errors, model, response, redirect);
    }

    @GetMapping("/maintenance/services/{id}/edit")
    @Authorized(value = Action.EDIT_SERVICE, target = "id")
    String editService(@PathVariable UUID id, Model model) {
        var stored = services.find(new ServiceId(id)).orElseThrow(this::notFound);
        var draft = revisions.openDraft(ContentRevisions.Kind.SERVICE, id);
        ServiceContent content = draft.map(ContentRevisions::service).orElse(stored.content());
        var organisation = organisation(stored.content().organisation().value());
        return serviceForm(model, ServiceForm.of(id, content).withBlankRows(), organisation, stored,
                draft.orElse(null));
    }

    @PostMapping("/maintenance/services/{id}/edit")
    @Authorized(value = Action.EDIT_SERVICE, target = "id")
    @Transactional
    String updateService(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var stored = services.find(new ServiceId(id)).orElseThrow(this::notFound);
        var organisation = organisation(stored.content().organisation().value());
        return saveService(id, organisation, stored, form, errors, model, response, redirect);
    }

    private String saveService(UUID id, Organisation organisation, ServiceRepository.StoredService stored,
            ServiceForm form, BindingResult errors, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        form.setId(id);
        ServiceContent previous = stored == null ? null
                : revisions.openDraft(ContentRevisions.Kind.SERVICE, id).map(ContentRevisions::service)
                        .orElse(stored.content());
        ServiceContent content = form.toContent(organisation.id(), previous, queries::placeExists, errors);
        if (content == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return serviceForm(model, form.withBlankRows(), organisation, stored,
                    revisions.openDraft(ContentRevisions.Kind.SERVICE, id).orElse(null));
        }
        boolean isNew = stored == null && services.find(new ServiceId(id)).isEmpty();
        if (stored == null || !stored.published()) {
            // an entry nobody has published yet: its row follows the draft (the public never sees it)
            services.save(new ServiceId(id), content, false);
        }
        UUID revision = revisions.saveDraft(ContentRevisions.Kind.SERVICE, id, content, user().id().value());
        audit.record(AuditEventType.SERVICE_MAP_DRAFT_SAVED, id, AuditOutcome.SUCCESS,
                Map.of("kind", "SERVICE", "revision", revision.toString(), "new", isNew));
        redirect.addFlashAttribute("draftSaved", content.name().fi());
        return "redirect:/maintenance/services";
    }

    private String serviceForm(Model model, ServiceForm form, Organisation organisation,
            ServiceRepository.StoredService stored, ContentRevisions.Revision draft) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("stored", stored);
        model.addAttribute("draft", draft);
        model.addAttribute("areaChoices", areas.all());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("accessMethods", AccessMethod.values());
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("modes", ServiceMode.values());
        model.addAttribute("channelKinds", ChannelKind.values());
        model.addAttribute("placeChoices", queries.placeChoices(organisation.id().value()));
        model.addAttribute("ownPlaces", queries.ownPlaces(organisation.id().value()));
        return "servicemap/maintenance/service-form";
    }

    // ---- places -----------------------------------------------------------------------------

    @GetMapping("/maintenance/organisations/{organisationId}/places/new")
    @Authorized(value = Action.CREATE_SERVICE_MAP_ENTRY, target = "organisationId")
    String newPlace(@PathVariable UUID organisationId, Model model) {
        var organisation = organisation(organisationId);
        PlaceForm form = new PlaceForm();
        form.setId(UUID.randomUUID());
        return placeForm(model, form.withBlankRows(), organisation, null, null);
    }

    @PostMapping("/maintenance/organisations/{organisationId}/places/new")
    @Authorized(value = Action.CREATE_SERVICE_MAP_ENTRY, target = "organisationId")
    @Transactional
    String createPlace(@PathVariable UUID organisationId, @ModelAttribute("form") PlaceForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var organisation = organisation(organisationId);
        if (form.getId() == null) {
            form.setId(UUID.randomUUID());
        }
        var existing = places.find(new PlaceId(form.getId()));
        if (existing.isPresent() && !existing.get().content().organisation().value().equals(organisationId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if (existing.isPresent() && existing.get().published()) {
            return "redirect:/maintenance/places/" + form.getId() + "/edit";
        }
        return savePlace(form.getId(), organisation, null, form, errors, model, response, redirect);
    }

    @GetMapping("/maintenance/places/{id}/edit")
    @Authorized(value = Action.EDIT_PLACE, target = "id")
    String editPlace(@PathVariable UUID id, Model model) {
        var stored = places.find(new PlaceId(id)).orElseThrow(this::notFound);
        var draft = revisions.openDraft(ContentRevisions.Kind.PLACE, id);
        PlaceContent content = draft.map(ContentRevisions::place).orElse(stored.content());
        var organisation = organisation(stored.content().organisation().value());
        return placeForm(model, PlaceForm.of(id, content).withBlankRows(), organisation, stored, draft.orElse(null));
    }

    @PostMapping("/maintenance/places/{id}/edit")
    @Authorized(value = Action.EDIT_PLACE, target = "id")
    @Transactional
    String updatePlace(@PathVariable UUID id, @ModelAttribute("form") PlaceForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var stored = places.find(new PlaceId(id)).orElseThrow(this::notFound);
        var organisation = organisation(stored.content().organisation().value());
        return savePlace(id, organisation, stored, form, errors, model, response, redirect);
    }

    private String savePlace(UUID id, Organisation organisation, PlaceRepository.StoredPlace stored, PlaceForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.setId(id);
        PlaceContent previous = stored == null ? null
                : revisions.openDraft(ContentRevisions.Kind.PLACE, id).map(ContentRevisions::place)
                        .orElse(stored.content());
        PlaceContent content = form.toContent(organisation.id(), previous, queries::areaExists, errors);
        if (content == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return placeForm(model, form.withBlankRows(), organisation, stored,
                    revisions.openDraft(ContentRevisions.Kind.PLACE, id).orElse(null));
        }
        boolean isNew = stored == null && places.find(new PlaceId(id)).isEmpty();
        if (stored == null || !stored.published()) {
            places.save(new PlaceId(id), content, false);
        }
        UUID revision = revisions.saveDraft(ContentRevisions.Kind.PLACE, id, content, user().id().value());
        audit.record(AuditEventType.SERVICE_MAP_DRAFT_SAVED, id, AuditOutcome.SUCCESS,
                Map.of("kind", "PLACE", "revision", revision.toString(), "new", isNew));
        redirect.addFlashAttribute("draftSaved", content.name().fi());
        return "redirect:/maintenance/services";
    }

    private String placeForm(Model model, PlaceForm form, Organisation organisation,
            PlaceRepository.StoredPlace stored, ContentRevisions.Revision draft) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("stored", stored);
        model.addAttribute("draft", draft);
        model.addAttribute("areaChoices", areas.all());
        model.addAttribute("kinds", PlaceKind.values());
        model.addAttribute("questions", fi.perhekeskus.servicemap.MeetingPlaceQuestion.values());
        return "servicemap/maintenance/place-form";
    }

    // ---- history ----------------------------------------------------------------------------

    @GetMapping("/maintenance/services/{id}/history")
    @Authorized(value = Action.EDIT_SERVICE, target = "id")
    String serviceHistory(@PathVariable UUID id, Model model) {
        var stored = services.find(new ServiceId(id)).orElseThrow(this::notFound);
        model.addAttribute("name", stored.content().name().fi());
        model.addAttribute("editPath", "/maintenance/services/" + id + "/edit");
        model.addAttribute("publicPath", stored.published() ? "/services/" + id : null);
        model.addAttribute("revisions", revisions.history(ContentRevisions.Kind.SERVICE, id));
        return "servicemap/maintenance/history";
    }

    @GetMapping("/maintenance/places/{id}/history")
    @Authorized(value = Action.EDIT_PLACE, target = "id")
    String placeHistory(@PathVariable UUID id, Model model) {
        var stored = places.find(new PlaceId(id)).orElseThrow(this::notFound);
        model.addAttribute("name", stored.content().name().fi());
        model.addAttribute("editPath", "/maintenance/places/" + id + "/edit");
        model.addAttribute("publicPath", stored.published() ? "/places/" + id : null);
        model.addAttribute("revisions", revisions.history(ContentRevisions.Kind.PLACE, id));
        return "servicemap/maintenance/history";
    }

    // ---- drafts: the coordinator's queue ----------------------------------------------------

    /** The coordinator's comment when returning a draft. */
    static class ReturnForm {
        private String comment;
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    @GetMapping("/maintenance/drafts")
    @Authorized(Action.PUBLISH_SERVICE_MAP_ENTRY)
    String drafts(Model model) {
        model.addAttribute("drafts", revisions.queue());
        return "servicemap/maintenance/drafts";
    }

    @GetMapping("/maintenance/drafts/{revisionId}")
    @Authorized(Action.PUBLISH_SERVICE_MAP_ENTRY)
    String draft(@PathVariable UUID revisionId, Model model) {
        return draftPage(revisions.find(revisionId).orElseThrow(this::notFound), new ReturnForm(), model);
    }

    private String draftPage(ContentRevisions.Revision revision, ReturnForm returnForm, Model model) {
        Object before;
        Object after;
        boolean published;
        if (revision.kind() == ContentRevisions.Kind.SERVICE) {
            var stored = services.find(new ServiceId(revision.entityId())).orElseThrow(this::notFound);
            published = stored.published();
            before = published ? stored.content() : null;
            after = ContentRevisions.service(revision);
        } else {
            var stored = places.find(new PlaceId(revision.entityId())).orElseThrow(this::notFound);
            published = stored.published();
            before = published ? stored.content() : null;
            after = ContentRevisions.place(revision);
        }
        model.addAttribute("revision", revision);
        model.addAttribute("entryPublished", published);
        model.addAttribute("changes", revision.state() == ContentRevisions.State.DRAFT
                ? ContentDiff.between(before, after) : ContentDiff.between(null, after));
        model.addAttribute("returnForm", returnForm);
        model.addAttribute("name", after instanceof ServiceContent s ? s.name().fi() : ((PlaceContent) after).name().fi());
        return "servicemap/maintenance/draft";
    }

    @PostMapping("/maintenance/drafts/{revisionId}/publish")
    @Authorized(Action.PUBLISH_SERVICE_MAP_ENTRY)
    @Transactional
    String publish(@PathVariable UUID revisionId, @RequestParam(required = false) Long seen,
            RedirectAttributes redirect) {
        var revision = revisions.find(revisionId).orElseThrow(this::notFound);
        if (revision.state() == ContentRevisions.State.DRAFT && seen != null && seen != revision.seenVersion()) {
            // the editor saved again while the coordinator was reading: show the new version first
            redirect.addFlashAttribute("changedSince", true);
            return "redirect:/maintenance/drafts/" + revisionId;
        }
        if (revision.state() != ContentRevisions.State.DRAFT
                || !revisions.markPublished(revisionId, user().id().value(), seen)) {
            // a double submit, or someone else was quicker: nothing more to do
            redirect.addFlashAttribute("alreadyHandled", true);
            return "redirect:/maintenance/drafts";
        }
        String name;
        if (revision.kind() == ContentRevisions.Kind.SERVICE) {
            ServiceContent c = ContentRevisions.service(revision);
            ServiceContent reviewed = new ServiceContent(c.organisation(), c.name(), c.summary(), c.description(),
                    c.eligibility(), c.targetGroups(), c.ageMin(), c.ageMax(), c.level(), c.freeOfCharge(),
                    c.languages(), c.accessMethods(), c.keywords(), c.areas(), c.places(), c.channels(), c.outreach(),
                    c.maintainerName(), c.maintainerEmail(), today(), c.ptvId());
            services.save(new ServiceId(revision.entityId()), reviewed, true);
            name = c.name().fi();
        } else {
            PlaceContent c = ContentRevisions.place(revision);
            PlaceContent reviewed = new PlaceContent(c.organisation(), c.kind(), c.name(), c.description(),
                    c.streetAddress(), c.postalCode(), c.postOffice(), c.latitude(), c.longitude(), c.area(), c.phone(),
                    c.email(), c.webPage(), c.bookingUrl(), c.accessibility(), c.profile(), c.hours(), c.exceptions(),
                    today(), c.ptvId());
            places.save(new PlaceId(revision.entityId()), reviewed, true);
            name = c.name().fi();
        }
        audit.record(AuditEventType.SERVICE_MAP_DRAFT_PUBLISHED, revision.entityId(), AuditOutcome.SUCCESS,
                Map.of("kind", revision.kind().name(), "revision", revision.revision()));
        redirect.addFlashAttribute("published", name);
        return "redirect:/maintenance/drafts";
    }

    @PostMapping("/maintenance/drafts/{revisionId}/return")
    @Authorized(Action.PUBLISH_SERVICE_MAP_ENTRY)
    @Transactional
    String returnDraft(@PathVariable UUID revisionId, @ModelAttribute("returnForm") ReturnForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var revision = revisions.find(revisionId).orElseThrow(this::notFound);
        ServiceForm.required(errors, "comment", form.getComment(), 2000);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return draftPage(revision, form, model);
        }
        if (!revisions.markReturned(revisionId, form.getComment().strip(), user().id().value())) {
            redirect.addFlashAttribute("alreadyHandled", true);
            return "redirect:/maintenance/drafts";
        }
        audit.record(AuditEventType.SERVICE_MAP_DRAFT_RETURNED, revision.entityId(), AuditOutcome.SUCCESS,
                Map.of("kind", revision.kind().name(), "revision", revision.revision()));
        redirect.addFlashAttribute("returned", true);
        return "redirect:/maintenance/drafts";
    }

    // ---- meeting place self-assessment ------------------------------------------------------

    /** One self-assessment: a rating and a note per criterion (criterion code → value). */
    static class AssessmentForm {
        private String assessedOn;
        private String assessedBy;
        private Map<String, String> ratings = new LinkedHashMap<>();
        private Map<String, String> notes = new LinkedHashMap<>();
        public String getAssessedOn() { return assessedOn; }
        public void setAssessedOn(String v) { assessedOn = v; }
        public String getAssessedBy() { return assessedBy; }
        public void setAssessedBy(String v) { assessedBy = v; }
        public Map<String, String> getRatings() { return ratings; }
        public void setRatings(Map<String, String> v) { ratings = v; }
        public Map<String, String> getNotes() { return notes; }
        public void setNotes(Map<String, String> v) { notes = v; }
    }

    @GetMapping("/maintenance/places/{id}/assessment")
    @Authorized(value = Action.EDIT_PLACE, target = "id")
    String assessment(@PathVariable UUID id, Model model) {
        var place = meetingPlace(id);
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(today().toString());
        form.setAssessedBy(user().displayName());
        return assessmentForm(model, place, form);
    }

    @PostMapping("/maintenance/places/{id}/assessment")
    @Authorized(value = Action.EDIT_PLACE, target = "id")
    @Transactional
    String recordAssessment(@PathVariable UUID id, @ModelAttribute("form") AssessmentForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var place = meetingPlace(id);
        LocalDate on = null;
        try {
            on = LocalDate.parse(form.getAssessedOn() == null ? "" : form.getAssessedOn().strip());
            if (on.isAfter(today()) || on.isBefore(LocalDate.of(2000, 1, 1))) {
                errors.rejectValue("assessedOn", "servicemap.editor.assessment.date.error");
            }
        } catch (DateTimeParseException e) {
            errors.rejectValue("assessedOn", "servicemap.editor.assessment.date.error");
        }
        ServiceForm.required(errors, "assessedBy", form.getAssessedBy(), 200);
        Map<Criterion, Rating> ratings = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            String value = form.getRatings().get(criterion.name());
            String field = "ratings[" + criterion.name() + "]";
            if (value == null || value.isBlank()) {
                errors.rejectValue(field, "servicemap.editor.assessment.rating");
                continue;
            }
            try {
                ratings.put(criterion, Rating.valueOf(value));
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "servicemap.editor.assessment.rating");
            }
            ServiceForm.optional(errors, "notes[" + criterion.name() + "]", form.getNotes().get(criterion.name()), 1000);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return assessmentForm(model, place, form);
        }
        UUID assessment = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO place_assessment (id, place_id, assessed_on, assessed_by)
                VALUES (:id, :place, :on, :by)""")
                .param("id", assessment).param("place", id).param("on", on).param("by", form.getAssessedBy().strip())
                .update();
        ratings.forEach((criterion, rating) -> jdbc.sql("""
                INSERT INTO place_assessment_item (assessment_id, criterion, rating, note) VALUES (:a, :c, :r, :n)""")
                .param("a", assessment).param("c", criterion.name()).param("r", rating.name())
                .param("n", ServiceForm.blankToNull(form.getNotes().get(criterion.name()))).update());
        audit.record(AuditEventType.PLACE_ASSESSMENT_RECORDED, id, AuditOutcome.SUCCESS,
                Map.of("assessment", assessment.toString(), "assessedOn", on.toString()));
        redirect.addFlashAttribute("assessmentSaved", true);
        return place.published() ? "redirect:/places/" + id + "#assessment-heading" : "redirect:/maintenance/services";
    }

    private String assessmentForm(Model model, PlaceRepository.StoredPlace place, AssessmentForm form) {
        model.addAttribute("place", place);
        model.addAttribute("form", form);
        model.addAttribute("criterionGroups", CriterionGroup.values());
        model.addAttribute("ratings", Rating.values());
        return "servicemap/maintenance/assessment";
    }

    private PlaceRepository.StoredPlace meetingPlace(UUID id) {
        return places.find(new PlaceId(id)).filter(p -> p.content().kind() == PlaceKind.MEETING_PLACE)
                .orElseThrow(this::notFound);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Organisation organisation(UUID id) {
        return organisations.find(new OrganisationId(id)).orElseThrow(this::notFound);
    }

    private CurrentUser user() {
        return access.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
