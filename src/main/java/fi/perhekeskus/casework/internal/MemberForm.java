package fi.perhekeskus.casework.internal;

/** The "add to the network" form. {@code who}: {@code user:<id>}, {@code pro:<id>} or {@code circle}. */
public class MemberForm {
    private String who = "";
    private String role = "";
    private String sector = "SOCIAL_CARE";
    private String name = "";
    private String relation = "";
    private String phone = "";
    private String email = "";
    private String task = "";
    private boolean namedByFamily;
    private boolean coordinating;

    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public boolean isNamedByFamily() { return namedByFamily; }
    public void setNamedByFamily(boolean namedByFamily) { this.namedByFamily = namedByFamily; }
    public boolean isCoordinating() { return coordinating; }
    public void setCoordinating(boolean coordinating) { this.coordinating = coordinating; }
}
