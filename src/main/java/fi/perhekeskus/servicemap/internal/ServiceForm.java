package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.AccessMethod;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The service editor's form. Numbers, times and ids are kept as the user typed them and read
 * in {@link #toContent}, so every mistake comes back as a message on its own field.
 */
class ServiceForm {

    static final int BLANK_CHANNELS = 2;
    static final int BLANK_OUTREACH = 1;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private UUID id;
    private String nameFi, nameSv, nameEn;
    private String summaryFi, summarySv, summaryEn;
    private String descriptionFi, descriptionSv, descriptionEn;
    private String eligibilityFi, eligibilitySv, eligibilityEn;
    private String maintainerName, maintainerEmail;
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private String ageMin, ageMax;
    private ServiceLevel level = ServiceLevel.FAMILY_CENTRE;
    private boolean freeOfCharge = true;
    private String languages = "fi";
    private List<AccessMethod> accessMethods = new ArrayList<>();
    private String keywords;
    private Map<String, String> areaModes = new LinkedHashMap<>();
    private List<UUID> places = new ArrayList<>();
    private List<ChannelRow> channels = new ArrayList<>();
    private List<OutreachRow> outreach = new ArrayList<>();

    public static class ChannelRow {
        private String kind, value;
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
    }

    public static class OutreachRow {
        private String place, startsAt, durationMinutes, rrule, noteFi;
        private boolean noAppointment = true, anonymous;
        boolean blank() {
            return isBlank(place) && isBlank(startsAt) && isBlank(durationMinutes) && isBlank(rrule) && isBlank(noteFi);
        }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getStartsAt() { return startsAt; }
        public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
        public String getDurationMinutes() { return durationMinutes; }
        public void setDurationMinutes(String durationMinutes) { this.durationMinutes = durationMinutes; }
        public String getRrule() { return rrule; }
        public void setRrule(String rrule) { this.rrule = rrule; }
        public String getNoteFi() { return noteFi; }
        public void setNoteFi(String noteFi) { this.noteFi = noteFi; }
        public boolean isNoAppointment() { return noAppointment; }
        public void setNoAppointment(boolean noAppointment) { this.noAppointment = noAppointment; }
        public boolean isAnonymous() { return anonymous; }
        public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    }

    static ServiceForm of(UUID id, ServiceContent c) {
        ServiceForm f = new ServiceForm();
        f.id = id;
        f.nameFi = c.name().fi(); f.nameSv = c.name().sv(); f.nameEn = c.name().en();
        Texts summary = orEmpty(c.summary()), description = orEmpty(c.description());
        f.summaryFi = summary.fi(); f.summarySv = summary.sv(); f.summaryEn = summary.en();
        f.descriptionFi = description.fi(); f.descriptionSv = description.sv(); f.descriptionEn = description.en();
        Texts eligibility = orEmpty(c.eligibility());
        f.eligibilityFi = eligibility.fi(); f.eligibilitySv = eligibility.sv(); f.eligibilityEn = eligibility.en();
        f.maintainerName = c.maintainerName();
        f.maintainerEmail = c.maintainerEmail();
        f.targetGroups = new ArrayList<>(c.targetGroups() == null ? Set.of() : c.targetGroups());
        f.ageMin = c.ageMin() == null ? null : c.ageMin().toString();
        f.ageMax = c.ageMax() == null ? null : c.ageMax().toString();
        f.level = c.level();
        f.freeOfCharge = c.freeOfCharge();
        f.languages = c.languages() == null ? "" : String.join(", ", c.languages());
        f.accessMethods = new ArrayList<>(c.accessMethods() == null ? Set.of() : c.accessMethods());
        f.keywords = c.keywords() == null ? "" : String.join(", ", c.keywords());
        if (c.areas() != null) {
            c.areas().forEach((area, mode) -> f.areaModes.put(area.toString(), mode.name()));
        }
        f.places = c.places() == null ? new ArrayList<>() : new ArrayList<>(c.places().stream().map(PlaceId::value).toList());
        if (c.channels() != null) {
            for (ServiceContent.Channel ch : c.channels()) {
                ChannelRow row = new ChannelRow();
                row.kind = ch.kind().name();
                row.value = ch.value();
                f.channels.add(row);
            }
        }
        if (c.outreach() != null) {
            for (ServiceContent.Outreach o : c.outreach()) {
                OutreachRow row = new OutreachRow();
                row.place = o.place().value().toString();
                row.startsAt = o.startsAt().toString();
                row.durationMinutes = Integer.toString(o.durationMinutes());
                row.rrule = o.rrule();
                row.noAppointment = o.noAppointment();
                row.anonymous = o.anonymous();
                row.noteFi = o.note() == null ? null : o.note().fi();
                f.outreach.add(row);
            }
        }
        return f;
    }

    /** Room for new channels and schedules below the existing ones. */
    ServiceForm withBlankRows() {
        channels.removeIf(r -> isBlank(r.value) && isBlank(r.kind));
        outreach.removeIf(OutreachRow::blank);
        for (int i = 0; i < BLANK_CHANNELS; i++) {
            channels.add(new ChannelRow());
        }
        for (int i = 0; i < BLANK_OUTREACH; i++) {
            outreach.add(new OutreachRow());
        }
        return this;
    }

    /**
     * The content the form describes, or null with the errors recorded. {@code previous} supplies
     * what the form does not edit (eligibility, maintainer, review date, PTV id).
     */
    ServiceContent toContent(OrganisationId organisation, ServiceContent previous, Predicate<UUID> placeExists,
            Errors errors) {
        required(errors, "nameFi", nameFi, 200);
        optional(errors, "nameSv", nameSv, 200);
        optional(errors, "nameEn", nameEn, 200);
        required(errors, "summaryFi", summaryFi, 500);
        optional(errors, "summarySv", summarySv, 500);
        optional(errors, "summaryEn", summaryEn, 500);
        required(errors, "descriptionFi", descriptionFi, 5000);
        optional(errors, "descriptionSv", descriptionSv, 5000);
        optional(errors, "descriptionEn", descriptionEn, 5000);
        optional(errors, "eligibilityFi", eligibilityFi, 2000);
        optional(errors, "eligibilitySv", eligibilitySv, 2000);
        optional(errors, "eligibilityEn", eligibilityEn, 2000);
        if (isBlank(eligibilityFi) && (!isBlank(eligibilitySv) || !isBlank(eligibilityEn))) {
            errors.rejectValue("eligibilityFi", "servicemap.editor.required");
        }
        optional(errors, "maintainerName", maintainerName, 200);
        if (!isBlank(maintainerEmail) && !EMAIL.matcher(maintainerEmail.strip()).matches()) {
            errors.rejectValue("maintainerEmail", "servicemap.editor.channel.invalid.EMAIL");
        }
        Integer min = age(errors, "ageMin", ageMin);
        Integer max = age(errors, "ageMax", ageMax);
        if (min != null && max != null && min > max) {
            errors.rejectValue("ageMax", "servicemap.editor.age.order");
        }
        if (level == null) {
            errors.rejectValue("level", "servicemap.editor.level.required");
        }
        List<String> langs = split(languages);
        if (langs.isEmpty()) {
            errors.rejectValue("languages", "servicemap.editor.languages.required");
        } else if (!langs.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
            errors.rejectValue("languages", "servicemap.editor.languages.invalid");
        }
        List<String> words = split(keywords);
        if (words.size() > 30 || words.stream().anyMatch(w -> w.length() > 60)) {
            errors.rejectValue("keywords", "servicemap.editor.keywords.invalid");
        }
        Map<UUID, ServiceMode> areas = new LinkedHashMap<>();
        areaModes.forEach((area, mode) -> {
            if (!isBlank(mode)) {
                try {
                    areas.put(UUID.fromString(area), ServiceMode.valueOf(mode));
                } catch (IllegalArgumentException e) {
                    errors.rejectValue("areaModes", "servicemap.editor.areas.invalid");
                }
            }
        });
        List<ServiceContent.Channel> channelList = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ChannelRow row = channels.get(i);
            if (isBlank(row.value)) {
                continue;
            }
            String field = "channels[" + i + "].value";
            String kindField = "channels[" + i + "].kind";
            ChannelKind kind;
            try {
                kind = ChannelKind.valueOf(row.kind);
            } catch (RuntimeException e) {
                errors.rejectValue(kindField, "servicemap.editor.channel.kind.error");
                continue;
            }
            String value = row.value.strip();
            boolean ok = value.length() <= 300 && switch (kind) {
                case PHONE -> PHONE.matcher(value).matches();
                case EMAIL -> EMAIL.matcher(value).matches();
                default -> URL.matcher(value).matches();
            };
            if (!ok) {
                errors.rejectValue(field, "servicemap.editor.channel.invalid." + kind.name());
                continue;
            }
            channelList.add(new ServiceContent.Channel(kind, value, null));
        }
        List<ServiceContent.Outreach> outreachList = new ArrayList<>();
        for (int i = 0; i < outreach.size(); i++) {
            OutreachRow row = outreach.get(i);
            if (row.blank()) {
                continue;
            }
            String prefix = "outreach[" + i + "].";
            PlaceId place = null;
            try {
                UUID placeId = UUID.fromString(row.place == null ? "" : row.place.strip());
                if (placeExists.test(placeId)) {
                    place = new PlaceId(placeId);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (place == null) {
                errors.rejectValue(prefix + "place", "servicemap.editor.outreach.place.error");
            }
            LocalDateTime start = null;
            try {
                start = LocalDateTime.parse(row.startsAt == null ? "" : row.startsAt.strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue(prefix + "startsAt", "servicemap.editor.outreach.startsAt.error");
            }
            Integer duration = integer(row.durationMinutes);
            if (duration == null || duration < 5 || duration > 720) {
                errors.rejectValue(prefix + "durationMinutes", "servicemap.editor.outreach.duration.error");
            }
            OutreachRules.problem(row.rrule).ifPresent(code -> errors.rejectValue(prefix + "rrule", code));
            optional(errors, prefix + "noteFi", row.noteFi, 500);
            if (place != null && start != null && duration != null && OutreachRules.problem(row.rrule).isEmpty()) {
                outreachList.add(new ServiceContent.Outreach(place, start, duration,
                        OutreachRules.normalise(row.rrule), row.noAppointment, row.anonymous,
                        isBlank(row.noteFi) ? null : Texts.fi(row.noteFi.strip())));
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        List<PlaceId> placeList = new ArrayList<>(places.stream().distinct().filter(placeExists).map(PlaceId::new).toList());
        return new ServiceContent(organisation, texts(nameFi, nameSv, nameEn), texts(summaryFi, summarySv, summaryEn),
                texts(descriptionFi, descriptionSv, descriptionEn),
                isBlank(eligibilityFi) ? null : texts(eligibilityFi, eligibilitySv, eligibilityEn),
                new LinkedHashSet<>(targetGroups), min, max, level, freeOfCharge, langs,
                new LinkedHashSet<>(accessMethods), words, areas, placeList, channelList, outreachList,
                blankToNull(maintainerName), blankToNull(maintainerEmail),
                previous == null ? null : previous.lastReviewed(),
                previous == null ? null : previous.ptvId());
    }

    static Texts texts(String fi, String sv, String en) {
        return new Texts(fi == null ? null : fi.strip(), blankToNull(sv), blankToNull(en));
    }

    static void required(Errors errors, String field, String value, int max) {
        if (isBlank(value)) {
            errors.rejectValue(field, "servicemap.editor.required");
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "servicemap.editor.tooLong", new Object[] {max}, null);
        }
    }

    private static Integer age(Errors errors, String field, String value) {
        if (isBlank(value)) {
            return null;
        }
        Integer age = integer(value);
        if (age == null || age < 0 || age > 120) {
            errors.rejectValue(field, "servicemap.editor.age.invalid");
            return null;
        }
        return age;
    }

    static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;]")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static Texts orEmpty(Texts t) {
        return t == null ? new Texts(null, null, null) : t;
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String v) { nameFi = v; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String v) { nameSv = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getSummaryFi() { return summaryFi; }
    public void setSummaryFi(String v) { summaryFi = v; }
    public String getSummarySv() { return summarySv; }
    public void setSummarySv(String v) { summarySv = v; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String v) { summaryEn = v; }
    public String getDescriptionFi() { return descriptionFi; }
    public void setDescriptionFi(String v) { descriptionFi = v; }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String v) { descriptionSv = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public String getEligibilityFi() { return eligibilityFi; }
    public void setEligibilityFi(String v) { eligibilityFi = v; }
    public String getEligibilitySv() { return eligibilitySv; }
    public void setEligibilitySv(String v) { eligibilitySv = v; }
    public String getEligibilityEn() { return eligibilityEn; }
    public void setEligibilityEn(String v) { eligibilityEn = v; }
    public String getMaintainerName() { return maintainerName; }
    public void setMaintainerName(String v) { maintainerName = v; }
    public String getMaintainerEmail() { return maintainerEmail; }
    public void setMaintainerEmail(String v) { maintainerEmail = v; }
    public List<TargetGroup> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<TargetGroup> v) { targetGroups = v == null ? new ArrayList<>() : v; }
    public String getAgeMin() { return ageMin; }
    public void setAgeMin(String v) { ageMin = v; }
    public String getAgeMax() { return ageMax; }
    public void setAgeMax(String v) { ageMax = v; }
    public ServiceLevel getLevel() { return level; }
    public void setLevel(ServiceLevel v) { level = v; }
    public boolean isFreeOfCharge() { return freeOfCharge; }
    public void setFreeOfCharge(boolean v) { freeOfCharge = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v; }
    public List<AccessMethod> getAccessMethods() { return accessMethods; }
    public void setAccessMethods(List<AccessMethod> v) { accessMethods = v == null ? new ArrayList<>() : v; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String v) { keywords = v; }
    public Map<String, String> getAreaModes() { return areaModes; }
    public void setAreaModes(Map<String, String> v) { areaModes = v == null ? new LinkedHashMap<>() : v; }
    public List<UUID> getPlaces() { return places; }
    public void setPlaces(List<UUID> v) { places = v == null ? new ArrayList<>() : v; }
    public List<ChannelRow> getChannels() { return channels; }
    public void setChannels(List<ChannelRow> v) { channels = v == null ? new ArrayList<>() : v; }
    public List<OutreachRow> getOutreach() { return outreach; }
    public void setOutreach(List<OutreachRow> v) { outreach = v == null ? new ArrayList<>() : v; }
}
