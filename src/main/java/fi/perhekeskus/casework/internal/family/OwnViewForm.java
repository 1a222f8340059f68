package fi.perhekeskus.casework.internal.family;

import java.util.UUID;

/** The family's own view before a meeting; {@code key} is rendered with the form so a double click stores it once. */
public class OwnViewForm {
    private String text;
    private boolean fromChild;
    private UUID key = UUID.randomUUID();

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isFromChild() { return fromChild; }
    public void setFromChild(boolean fromChild) { this.fromChild = fromChild; }
    public UUID getKey() { return key; }
    public void setKey(UUID key) { this.key = key; }
}
