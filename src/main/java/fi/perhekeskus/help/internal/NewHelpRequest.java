package fi.perhekeskus.help.internal;

import fi.perhekeskus.area.FamilyCentreAreaId;
import java.util.List;

/**
 * A validated contact, ready to be stored. The area is resolved from the municipality when the
 * municipality lies in one area only.
 *
 * @param childProtection a child-protection notification: the 7-working-day inquiry decision applies
 */
public record NewHelpRequest(Channel channel, FamilyCentreAreaId area, String municipality, String municipalityCode,
        String language, String concern, List<String> topics, List<Integer> childAges, boolean expecting,
        ContactMethod contactMethod, String contactValue, boolean childProtection) {

    public NewHelpRequest {
        topics = List.copyOf(topics);
        childAges = List.copyOf(childAges);
        if ((contactMethod == ContactMethod.NONE) != (contactValue == null)) {
            throw new IllegalArgumentException("a contact value goes with phone or email only");
        }
    }

    /** An anonymous question from a family: no identifiers, deleted after the retention period. */
    public boolean anonymousQuestion() {
        return contactMethod == ContactMethod.NONE
                && (channel == Channel.HELP_BUTTON || channel == Channel.API);
    }
}
