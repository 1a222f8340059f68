package fi.perhekeskus.casework.internal.family;

/** The family gives a network member consent to see its information in one scope. */
public class ConsentForm {
    private String member;
    private String scope;

    public String getMember() { return member; }
    public void setMember(String member) { this.member = member; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
}
