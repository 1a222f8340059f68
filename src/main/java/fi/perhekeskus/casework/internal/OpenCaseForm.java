package fi.perhekeskus.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The "open a case" form as posted: strings, validated by {@link OpenCaseController}. */
public class OpenCaseForm {

    /** Rows shown on the form; more children and guardians are added on the family page afterwards. */
    static final int CHILD_ROWS = 4;
    static final int GUARDIAN_ROWS = 2;

    private String familyName = "";
    private String area = "";
    private String language = "fi";
    private String mode = "";
    private String basis = "";
    private String basisNote = "";
    private String task = "";
    private String consentScope = "SOCIAL_CARE";
    private boolean familyConsent;
    private String openingKey = UUID.randomUUID().toString();
    private List<ChildRow> children = new ArrayList<>();
    private List<GuardianRow> guardians = new ArrayList<>();

    public OpenCaseForm() {
        fill();
    }

    /** Tops the rows up to the numbers shown (a post with fewer rows keeps them). */
    void fill() {
        while (children.size() < CHILD_ROWS) children.add(new ChildRow());
        while (guardians.size() < GUARDIAN_ROWS) guardians.add(new GuardianRow());
    }

    public static class ChildRow {
        private String name = "";
        private String bornOn = "";
        private String dueOn = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getBornOn() { return bornOn; }
        public void setBornOn(String bornOn) { this.bornOn = bornOn; }
        public String getDueOn() { return dueOn; }
        public void setDueOn(String dueOn) { this.dueOn = dueOn; }

        boolean blank() {
            return isBlank(name) && isBlank(bornOn) && isBlank(dueOn);
        }
    }

    public static class GuardianRow {
        private String name = "";
        private String phone = "";
        private String email = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }

        boolean blank() {
            return isBlank(name) && isBlank(phone) && isBlank(email);
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public String getBasisNote() { return basisNote; }
    public void setBasisNote(String basisNote) { this.basisNote = basisNote; }
    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public String getConsentScope() { return consentScope; }
    public void setConsentScope(String consentScope) { this.consentScope = consentScope; }
    public boolean isFamilyConsent() { return familyConsent; }
    public void setFamilyConsent(boolean familyConsent) { this.familyConsent = familyConsent; }
    public String getOpeningKey() { return openingKey; }
    public void setOpeningKey(String openingKey) { this.openingKey = openingKey; }
    public List<ChildRow> getChildren() { return children; }
    public void setChildren(List<ChildRow> children) { this.children = children; }
    public List<GuardianRow> getGuardians() { return guardians; }
    public void setGuardians(List<GuardianRow> guardians) { this.guardians = guardians; }
}
