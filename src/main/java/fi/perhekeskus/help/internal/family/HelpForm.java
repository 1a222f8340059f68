package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.help.internal.MunicipalityChoices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The "Pyydä apua" form as typed. Everything is text so that whatever the family wrote comes back
 * on the page with the messages; {@code submissionKey} is made when the form is shown and makes a
 * double click, a reload or a resent form one request.
 */
public class HelpForm {

    private String submissionKey;
    private String childAges;
    private boolean expecting;
    private String concern;
    private List<String> topics = new ArrayList<>();
    private String place;
    private String language;
    private String contactMethod;
    private String phone;
    private String email;

    HelpSubmission toSubmission() {
        String[] municipalityAndArea = MunicipalityChoices.split(place);
        String method = contactMethod == null ? null : contactMethod.strip();
        String value = switch (method == null ? "" : method) {
            case "PHONE" -> phone;
            case "EMAIL" -> email;
            // An anonymous question keeps nothing of a number or address typed before choosing it.
            default -> null;
        };
        List<String> ages = childAges == null || childAges.isBlank() ? List.of()
                : Arrays.stream(childAges.strip().split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
        return new HelpSubmission(concern, ages, expecting, municipalityAndArea[0], municipalityAndArea[1], language,
                method, value, topics);
    }

    /** The form field where a problem found by the rules is shown. */
    String fieldOf(FieldProblem problem) {
        String field = problem.field();
        if (field.startsWith("childAges")) return "childAges";
        if (field.startsWith("topics")) return "topics";
        return switch (field) {
            case "municipality", "area" -> "place";
            case "contact.method" -> "contactMethod";
            case "contact.value" -> "EMAIL".equals(contactMethod) ? "email" : "phone";
            default -> field;
        };
    }

    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public String getChildAges() { return childAges; }
    public void setChildAges(String childAges) { this.childAges = childAges; }
    public boolean isExpecting() { return expecting; }
    public void setExpecting(boolean expecting) { this.expecting = expecting; }
    public String getConcern() { return concern; }
    public void setConcern(String concern) { this.concern = concern; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? new ArrayList<>() : topics; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getContactMethod() { return contactMethod; }
    public void setContactMethod(String contactMethod) { this.contactMethod = contactMethod; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
