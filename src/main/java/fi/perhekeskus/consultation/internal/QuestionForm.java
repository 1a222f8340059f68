package fi.perhekeskus.consultation.internal;

/** The asking form as posted; strings, so that a wrong value comes back to the asker as typed. */
public class QuestionForm {
    private String key;
    private String expertise;
    private String area;
    private String team;
    private String question;
    private boolean confirmNoIdentifyingDetails;

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getExpertise() { return expertise; }
    public void setExpertise(String expertise) { this.expertise = expertise; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public boolean isConfirmNoIdentifyingDetails() { return confirmNoIdentifyingDetails; }
    public void setConfirmNoIdentifyingDetails(boolean confirm) { this.confirmNoIdentifyingDetails = confirm; }
}
