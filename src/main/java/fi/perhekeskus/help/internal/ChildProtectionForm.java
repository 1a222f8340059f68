package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.Role;
import fi.perhekeskus.access.UserAccounts.WorkProfile;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * A child-protection notification (LSL 25 §), its variant made together with the family (25 a §) or
 * before the child's birth (25 c §). A professional is identified from the account and may not
 * notify anonymously; a private person may give a name or stay anonymous.
 */
public class ChildProtectionForm {

    /** How far ahead a due date can be: a pregnancy lasts about ten months from its start. */
    static final int DUE_DATE_MONTHS_AHEAD = 10;

    private String submissionKey;
    private String notifierKind;
    private String variant;
    private String familyParticipants;
    private String childName;
    private String birthDate;
    private String age;
    private String dueDate;
    private String address;
    private String guardians;
    private String municipality;
    private String concern;
    private String immediateDanger;
    private String title;
    private String organisation;
    private String notifierName;
    private String notifierPhone;
    private String notifierEmail;

    /**
     * Checks every field, leaving the problems in {@code errors}; empty when there were any.
     *
     * @param user null for a visitor who has not logged in
     * @param profile the logged-in user's work profile; null when not logged in
     */
    Optional<Submission> validate(Errors errors, LocalDate today, MunicipalityChoices municipalities,
            CurrentUser user, WorkProfile profile, String language) {
        FormValues form = new FormValues(errors);
        Optional<String> key = FormValues.submissionKey(submissionKey);
        if (key.isEmpty()) errors.reject("help.notifications.error.formKey");

        NotifierKind kind = Enums.parse(NotifierKind.class, notifierKind);
        if (kind == null) {
            errors.rejectValue("notifierKind", "help.notifications.error.notifierKind");
        } else if (kind == NotifierKind.PROFESSIONAL && user == null) {
            errors.rejectValue("notifierKind", "help.notifications.error.professionalMustLogIn");
        } else if (kind == NotifierKind.PROFESSIONAL && !ChildProtectionForm.isProfessional(user)) {
            errors.rejectValue("notifierKind", "help.notifications.error.notAProfessional");
        } else if (kind == NotifierKind.ANONYMOUS && user != null) {
            errors.rejectValue("notifierKind", "help.notifications.error.anonymousWhileLoggedIn");
        }
        NotificationVariant form25 = Enums.parse(NotificationVariant.class, variant);
        if (form25 == null) {
            errors.rejectValue("variant", "help.notifications.error.variant");
        } else if (form25 == NotificationVariant.TOGETHER_WITH_FAMILY && kind != null
                && kind != NotifierKind.PROFESSIONAL) {
            errors.rejectValue("variant", "help.notifications.error.togetherOnlyByProfessionals");
        }
        boolean unborn = form25 == NotificationVariant.ADVANCE_NOTIFICATION;
        String participants = form.optional("familyParticipants", familyParticipants, FormValues.MEDIUM);
        if (form25 == NotificationVariant.TOGETHER_WITH_FAMILY && participants == null
                && !errors.hasFieldErrors("familyParticipants")) {
            errors.rejectValue("familyParticipants", "help.notifications.error.familyParticipants");
        }

        String child = unborn ? form.optional("childName", childName, FormValues.MEDIUM)
                : form.required("childName", childName, FormValues.MEDIUM, "help.notifications.error.childName");
        LocalDate born = form.birthDate("birthDate", birthDate, today);
        Integer years = form.age("age", age);
        LocalDate due = form.date("dueDate", dueDate);
        if (unborn) {
            if (born != null || years != null) {
                errors.rejectValue(born != null ? "birthDate" : "age", "help.notifications.error.birthDateForUnborn");
            }
            if (due == null && !errors.hasFieldErrors("dueDate")) {
                errors.rejectValue("dueDate", "help.notifications.error.dueDate");
            } else if (due != null && due.isBefore(today)) {
                errors.rejectValue("dueDate", "help.notifications.error.dueDatePassed");
            } else if (due != null && due.isAfter(today.plusMonths(DUE_DATE_MONTHS_AHEAD))) {
                errors.rejectValue("dueDate", "help.notifications.error.dueDateTooFar");
            }
        } else if (due != null) {
            errors.rejectValue("dueDate", "help.notifications.error.dueDateOnlyBeforeBirth");
        }
        String street = form.optional("address", address, FormValues.SHORT);
        String parents = unborn
                ? form.required("guardians", guardians, FormValues.MEDIUM, "help.notifications.error.expectingParent")
                : form.optional("guardians", guardians, FormValues.MEDIUM);
        var chosen = municipalities.resolve(FormValues.text(municipality));
        if (chosen.isEmpty()) errors.rejectValue("municipality", "help.notifications.error.municipality");
        String worry = form.required("concern", concern, FormValues.LONG, "help.notifications.error.childConcern");
        boolean danger = dangerChecked();

        Notification.Notifier notifier = null;
        if (kind == NotifierKind.PROFESSIONAL && user != null && profile != null) {
            String ownTitle = form.required("title", title, FormValues.SHORT, "help.notifications.error.title");
            String ownOrganisation = form.required("organisation", organisation, FormValues.SHORT,
                    "help.notifications.error.organisation");
            String ownPhone = form.phone("notifierPhone", notifierPhone);
            if (ownPhone == null && !errors.hasFieldErrors("notifierPhone")) {
                errors.rejectValue("notifierPhone", "help.notifications.error.professionalPhone");
            }
            String ownEmail = form.email("notifierEmail", notifierEmail);
            notifier = new Notification.Notifier(user.id(), profile.displayName(), ownTitle, ownOrganisation, ownPhone,
                    ownEmail);
        } else if (kind == NotifierKind.PRIVATE_PERSON) {
            String name = form.required("notifierName", notifierName, FormValues.SHORT,
                    "help.notifications.error.notifierName");
            notifier = new Notification.Notifier(null, name, null, null, form.phone("notifierPhone", notifierPhone),
                    form.email("notifierEmail", notifierEmail));
        }
        if (errors.hasErrors()) return Optional.empty();

        Integer childAge = born != null ? Integer.valueOf(Period.between(born, today).getYears()) : years;
        var place = chosen.orElseThrow();
        NewHelpRequest request = new NewHelpRequest(Channel.CHILD_PROTECTION_NOTIFICATION, place.area(), place.municipality(),
                place.code(), language, worry, List.of(), childAge == null ? List.of() : List.of(childAge), unborn,
                ContactMethod.NONE, null, true);
        Notification notification = new Notification(Channel.CHILD_PROTECTION_NOTIFICATION, form25, kind, notifier,
                null, null, form25 == NotificationVariant.TOGETHER_WITH_FAMILY ? participants : null, child, born,
                born == null ? years : null, due, parents, street, null, null, null, danger);
        return Optional.of(new Submission(request, notification, key.orElseThrow()));
    }

    /** Anyone with a role at work; a family member's own account is not a professional's. */
    static boolean isProfessional(CurrentUser user) {
        return user != null && user.roles().stream().anyMatch(role -> role != Role.FAMILY_MEMBER);
    }

    public boolean dangerChecked() {
        return "true".equals(immediateDanger) || "on".equals(immediateDanger);
    }

    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public String getNotifierKind() { return notifierKind; }
    public void setNotifierKind(String notifierKind) { this.notifierKind = notifierKind; }
    public String getVariant() { return variant; }
    public void setVariant(String variant) { this.variant = variant; }
    public String getFamilyParticipants() { return familyParticipants; }
    public void setFamilyParticipants(String familyParticipants) { this.familyParticipants = familyParticipants; }
    public String getChildName() { return childName; }
    public void setChildName(String childName) { this.childName = childName; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getAge() { return age; }
    public void setAge(String age) { this.age = age; }
    public String getDueDate() { return dueDate; }
    public void setDueDate(String dueDate) { this.dueDate = dueDate; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getGuardians() { return guardians; }
    public void setGuardians(String guardians) { this.guardians = guardians; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getConcern() { return concern; }
    public void setConcern(String concern) { this.concern = concern; }
    public String getImmediateDanger() { return immediateDanger; }
    public void setImmediateDanger(String immediateDanger) { this.immediateDanger = immediateDanger; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getNotifierName() { return notifierName; }
    public void setNotifierName(String notifierName) { this.notifierName = notifierName; }
    public String getNotifierPhone() { return notifierPhone; }
    public void setNotifierPhone(String notifierPhone) { this.notifierPhone = notifierPhone; }
    public String getNotifierEmail() { return notifierEmail; }
    public void setNotifierEmail(String notifierEmail) { this.notifierEmail = notifierEmail; }
}
