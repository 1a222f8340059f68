package fi.perhekeskus.help.internal.family;

import java.util.List;

/**
 * What a family sent, before validation, from the form or the JSON API: everything as text, so
 * that a wrong value becomes a message on its field instead of a failed conversion.
 *
 * @param childAges the ages as typed, one entry per child
 * @param area a family centre area (id or name) within the municipality, for cities split into several
 */
record HelpSubmission(String concern, List<String> childAges, boolean expecting, String municipality, String area,
        String language, String contactMethod, String contactValue, List<String> topics) {

    HelpSubmission {
        childAges = childAges == null ? List.of() : childAges;
        topics = topics == null ? List.of() : topics;
    }
}
