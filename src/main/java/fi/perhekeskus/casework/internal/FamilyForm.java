package fi.perhekeskus.casework.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Editing the family of a case: the people as they are, one new child, one new guardian and one other family
 * member (a sibling, a step-parent, a grandparent living with the family), the language.
 */
public class FamilyForm {

    private String language = "fi";
    private int version;
    private List<PersonRow> people = new ArrayList<>();
    private OpenCaseForm.ChildRow newChild = new OpenCaseForm.ChildRow();
    private OpenCaseForm.GuardianRow newGuardian = new OpenCaseForm.GuardianRow();
    private RelativeRow newRelative = new RelativeRow();

    /** Another member of the family: a name and how they are related ("sisarus", "isäpuoli"). */
    public static class RelativeRow {
        private String name = "";
        private String relation = "";
        private String phone = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRelation() { return relation; }
        public void setRelation(String relation) { this.relation = relation; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }

        boolean blank() {
            return OpenCaseForm.isBlank(name) && OpenCaseForm.isBlank(relation) && OpenCaseForm.isBlank(phone);
        }
    }

    public static class PersonRow {
        private String id = "";
        private String kind = "";
        private String name = "";
        private String bornOn = "";
        private String dueOn = "";
        private String phone = "";
        private String email = "";

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getBornOn() { return bornOn; }
        public void setBornOn(String bornOn) { this.bornOn = bornOn; }
        public String getDueOn() { return dueOn; }
        public void setDueOn(String dueOn) { this.dueOn = dueOn; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public List<PersonRow> getPeople() { return people; }
    public void setPeople(List<PersonRow> people) { this.people = people; }
    public OpenCaseForm.ChildRow getNewChild() { return newChild; }
    public void setNewChild(OpenCaseForm.ChildRow newChild) { this.newChild = newChild; }
    public OpenCaseForm.GuardianRow getNewGuardian() { return newGuardian; }
    public void setNewGuardian(OpenCaseForm.GuardianRow newGuardian) { this.newGuardian = newGuardian; }
    public RelativeRow getNewRelative() { return newRelative; }
    public void setNewRelative(RelativeRow newRelative) { this.newRelative = newRelative; }
}
