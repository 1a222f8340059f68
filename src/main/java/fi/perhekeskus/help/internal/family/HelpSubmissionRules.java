package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.help.internal.MunicipalityChoices;
import fi.perhekeskus.help.internal.Channel;
import fi.perhekeskus.help.internal.ContactMethod;
import fi.perhekeskus.help.internal.NewHelpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules a family's request must meet, the same for the form and the API. Every problem is
 * returned at once, each on its field, so the family fixes everything in one go. Text is kept as
 * written (pages escape it on output); only NUL characters, which PostgreSQL cannot store, go.
 */
@Component
class HelpSubmissionRules {

    static final int CONCERN_MAX = 4000;
    static final int MAX_CHILDREN = 20;
    static final int OLDEST_CHILD = 17;
    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    /** Finnish numbers (040 123 4567, 09 2525 0111) or international ones (+358 40 1234567) once spaces, dashes and brackets are gone. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}|0[0-9]{5,11}");
    private static final Pattern PHONE_DECORATION = Pattern.compile("[\\s\\-().]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}");

    /** Either a request ready for the intake, or the problems to show. */
    record Checked(NewHelpRequest request, List<FieldProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final MunicipalityChoices municipalities;

    HelpSubmissionRules(MunicipalityChoices municipalities) {
        this.municipalities = municipalities;
    }

    Checked check(HelpSubmission in, Channel channel) {
        List<FieldProblem> problems = new ArrayList<>();

        String concern = clean(in.concern());
        if (concern == null || concern.isEmpty()) {
            problems.add(new FieldProblem("concern", "help.family.error.concern.required"));
        } else if (concern.codePointCount(0, concern.length()) > CONCERN_MAX) {
            problems.add(new FieldProblem("concern", "help.family.error.concern.tooLong", CONCERN_MAX,
                    concern.codePointCount(0, concern.length())));
        }

        List<Integer> ages = new ArrayList<>();
        if (in.childAges().size() > MAX_CHILDREN) {
            problems.add(new FieldProblem("childAges", "help.family.error.childAges.tooMany", MAX_CHILDREN));
        } else {
            for (int i = 0; i < in.childAges().size(); i++) {
                Integer age = age(in.childAges().get(i));
                if (age == null) {
                    problems.add(new FieldProblem("childAges[" + i + "]", "help.family.error.childAges.range",
                            OLDEST_CHILD));
                } else {
                    ages.add(age);
                }
            }
        }

        MunicipalityChoices.Place place = null;
        String municipality = clean(in.municipality());
        if (municipality == null || municipality.isEmpty()) {
            problems.add(new FieldProblem("municipality", "help.family.error.municipality.required"));
        } else {
            place = municipalities.resolve(municipality, clean(in.area())).orElse(null);
            if (place == null) {
                boolean knownMunicipality = municipalities.resolve(municipality, null).isPresent();
                problems.add(knownMunicipality
                        ? new FieldProblem("area", "help.family.error.area.unknown")
                        : new FieldProblem("municipality", "help.family.error.municipality.unknown"));
            }
        }

        String language = clean(in.language());
        language = language == null ? null : language.toLowerCase(Locale.ROOT);
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", "help.family.error.language"));
        }

        List<String> topics = new ArrayList<>();
        for (int i = 0; i < in.topics().size(); i++) {
            var topic = Topic.parse(in.topics().get(i));
            if (topic.isEmpty()) {
                problems.add(new FieldProblem("topics[" + i + "]", "help.family.error.topic"));
            } else if (!topics.contains(topic.get().name())) {
                topics.add(topic.get().name());
            }
        }

        ContactMethod method = contactMethod(in.contactMethod());
        String value = clean(in.contactValue());
        if (value != null && value.isEmpty()) value = null;
        if (method == null) {
            problems.add(new FieldProblem("contact.method", "help.family.error.contact.method"));
        } else if (method == ContactMethod.NONE && value != null) {
            problems.add(new FieldProblem("contact.value", "help.family.error.contact.valueWithNone"));
        } else if (method == ContactMethod.PHONE) {
            if (value == null) {
                problems.add(new FieldProblem("contact.value", "help.family.error.phone.required"));
            } else if (!PHONE.matcher(PHONE_DECORATION.matcher(value).replaceAll("")).matches()) {
                problems.add(new FieldProblem("contact.value", "help.family.error.phone.invalid"));
            }
        } else if (method == ContactMethod.EMAIL) {
            if (value == null) {
                problems.add(new FieldProblem("contact.value", "help.family.error.email.required"));
            } else if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
                problems.add(new FieldProblem("contact.value", "help.family.error.email.invalid"));
            }
        }

        if (!problems.isEmpty()) return new Checked(null, List.copyOf(problems));
        return new Checked(new NewHelpRequest(channel, place.area(), place.municipality(), place.code(), language,
                concern, topics, ages, in.expecting(), method, method == ContactMethod.NONE ? null : value, false),
                List.of());
    }

    private static Integer age(String typed) {
        String t = clean(typed);
        if (t == null || !t.matches("[0-9]{1,2}")) return null;
        int age = Integer.parseInt(t);
        return age <= OLDEST_CHILD ? age : null;
    }

    private static ContactMethod contactMethod(String typed) {
        String t = clean(typed);
        if (t == null) return null;
        try {
            return ContactMethod.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Strips surrounding blanks and the NUL characters PostgreSQL text cannot hold; line breaks as \n. */
    static String clean(String s) {
        if (s == null) return null;
        return s.replace("\u0000", "").replace("\r\n", "\n").strip();
    }
}
