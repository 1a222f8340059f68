package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.UserAccounts.WorkProfile;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * A professional's contact to social services (SHL 35 §): who is concerned, what the need for
 * support is, what has been done, and the person's consent — when not given, why not.
 */
public class SocialServicesContactForm {

    private String submissionKey;
    private String names;
    private String birthDate;
    private String age;
    private String guardians;
    private String address;
    private String phone;
    private String email;
    private String municipality;
    private String concern;
    private String actionsTaken;
    private String consent;
    private String consentReason;
    private String professionalPhone;
    private String professionalEmail;

    /** Checks every field, leaving the problems in {@code errors}; empty when there were any. */
    Optional<Submission> validate(Errors errors, LocalDate today, MunicipalityChoices municipalities,
            CurrentUser user, WorkProfile profile, String language) {
        FormValues form = new FormValues(errors);
        Optional<String> key = FormValues.submissionKey(submissionKey);
        if (key.isEmpty()) errors.reject("help.notifications.error.formKey");
        String who = form.required("names", names, FormValues.MEDIUM, "help.notifications.error.names");
        LocalDate born = form.birthDate("birthDate", birthDate, today);
        Integer years = form.age("age", age);
        String guardianNames = form.optional("guardians", guardians, FormValues.MEDIUM);
        String street = form.optional("address", address, FormValues.SHORT);
        String familyPhone = form.phone("phone", phone);
        String familyEmail = form.email("email", email);
        var chosen = municipalities.resolve(FormValues.text(municipality));
        if (chosen.isEmpty()) errors.rejectValue("municipality", "help.notifications.error.municipality");
        String need = form.required("concern", concern, FormValues.LONG, "help.notifications.error.concern");
        String done = form.optional("actionsTaken", actionsTaken, FormValues.LONG);
        Consent agreed = Enums.parse(Consent.class, consent);
        if (agreed == null) errors.rejectValue("consent", "help.notifications.error.consent");
        String reason = form.optional("consentReason", consentReason, FormValues.MEDIUM * 4);
        if (agreed != null && agreed != Consent.GIVEN && reason == null && !errors.hasFieldErrors("consentReason")) {
            errors.rejectValue("consentReason", "help.notifications.error.consentReason");
        }
        String ownPhone = form.phone("professionalPhone", professionalPhone);
        String ownEmail = form.email("professionalEmail", professionalEmail);
        if (ownPhone == null && ownEmail == null && !errors.hasFieldErrors("professionalPhone")
                && !errors.hasFieldErrors("professionalEmail")) {
            errors.rejectValue("professionalPhone", "help.notifications.error.professionalContact");
        }
        if (errors.hasErrors()) return Optional.empty();

        Integer childAge = born != null ? Integer.valueOf(Period.between(born, today).getYears()) : years;
        ContactMethod method = familyPhone != null ? ContactMethod.PHONE
                : familyEmail != null ? ContactMethod.EMAIL : ContactMethod.NONE;
        String contactValue = familyPhone != null ? familyPhone : familyEmail;
        var place = chosen.orElseThrow();
        NewHelpRequest request = new NewHelpRequest(Channel.SOCIAL_SERVICES_CONTACT, place.area(), place.municipality(),
                place.code(), language, need, List.of(), childAge == null ? List.of() : List.of(childAge), false,
                method, contactValue, false);
        Notification notification = new Notification(Channel.SOCIAL_SERVICES_CONTACT, null, NotifierKind.PROFESSIONAL,
                new Notification.Notifier(user.id(), profile.displayName(), profile.title(), profile.organisation(),
                        ownPhone, ownEmail),
                agreed, agreed == Consent.GIVEN ? null : reason, null, who, born, born == null ? years : null, null,
                guardianNames, street, familyPhone, familyEmail, done, false);
        return Optional.of(new Submission(request, notification, key.orElseThrow()));
    }

    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public String getNames() { return names; }
    public void setNames(String names) { this.names = names; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getAge() { return age; }
    public void setAge(String age) { this.age = age; }
    public String getGuardians() { return guardians; }
    public void setGuardians(String guardians) { this.guardians = guardians; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getConcern() { return concern; }
    public void setConcern(String concern) { this.concern = concern; }
    public String getActionsTaken() { return actionsTaken; }
    public void setActionsTaken(String actionsTaken) { this.actionsTaken = actionsTaken; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public String getConsentReason() { return consentReason; }
    public void setConsentReason(String consentReason) { this.consentReason = consentReason; }
    public String getProfessionalPhone() { return professionalPhone; }
    public void setProfessionalPhone(String professionalPhone) { this.professionalPhone = professionalPhone; }
    public String getProfessionalEmail() { return professionalEmail; }
    public void setProfessionalEmail(String professionalEmail) { this.professionalEmail = professionalEmail; }
}
