package fi.perhekeskus.help.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The on-call worker's form for a phone call or walk-in visit (bound from the request). */
public class ContactForm {

    private String channel = Channel.PHONE.name();
    private String place;
    private String language = "fi";
    private String concern;
    private String childAges;
    private boolean expecting;
    private String contactMethod = ContactMethod.PHONE.name();
    private String contactValue;
    private String urgency;
    private String key = UUID.randomUUID().toString();

    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getConcern() { return concern; }
    public void setConcern(String concern) { this.concern = concern; }
    public String getChildAges() { return childAges; }
    public void setChildAges(String childAges) { this.childAges = childAges; }
    public boolean isExpecting() { return expecting; }
    public void setExpecting(boolean expecting) { this.expecting = expecting; }
    public String getContactMethod() { return contactMethod; }
    public void setContactMethod(String contactMethod) { this.contactMethod = contactMethod; }
    public String getContactValue() { return contactValue; }
    public void setContactValue(String contactValue) { this.contactValue = contactValue; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }

    /** The ages typed as "4, 9" (0–17 each), or null when they cannot be read. */
    List<Integer> ages() {
        List<Integer> ages = new ArrayList<>();
        if (childAges == null || childAges.isBlank()) return ages;
        for (String part : childAges.split("[,;\\s]+")) {
            if (part.isBlank()) continue;
            try {
                int age = Integer.parseInt(part.strip());
                if (age < 0 || age > 17) return null;
                ages.add(age);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ages.size() > 12 ? null : ages;
    }
}
