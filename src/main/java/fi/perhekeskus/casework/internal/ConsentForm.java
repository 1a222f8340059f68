package fi.perhekeskus.casework.internal;

/** The "record the family's consent" form; see {@link Consents.NewConsent}. */
public class ConsentForm {
    private String to = "";
    private String scope = "SOCIAL_CARE";
    private String givenBy = "";
    private String givenByName = "";
    private String validUntil = "";

    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String givenBy) { this.givenBy = givenBy; }
    public String getGivenByName() { return givenByName; }
    public void setGivenByName(String givenByName) { this.givenByName = givenByName; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
}
