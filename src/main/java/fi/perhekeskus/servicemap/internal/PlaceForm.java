package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.servicemap.internal.ServiceForm.blankToNull;
import static fi.perhekeskus.servicemap.internal.ServiceForm.isBlank;
import static fi.perhekeskus.servicemap.internal.ServiceForm.optional;
import static fi.perhekeskus.servicemap.internal.ServiceForm.required;
import static fi.perhekeskus.servicemap.internal.ServiceForm.texts;

import fi.perhekeskus.servicemap.MeetingPlaceQuestion;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The place editor's form: name, address, coordinates, opening hours, accessibility and, for a
 * meeting place, its answers to the eight questions of seed 003.
 */
class PlaceForm {

    static final int BLANK_HOURS = 3;
    static final int BLANK_EXCEPTIONS = 2;
    /** Dates as Finns write them: 24.12.2026. */
    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    /** Mainland Finland and Åland with a margin: a coordinate outside is a typo or swapped. */
    static final double LAT_MIN = 59, LAT_MAX = 71, LON_MIN = 19, LON_MAX = 32;
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.][0-5][0-9]");

    private UUID id;
    private PlaceKind kind = PlaceKind.SERVICE_LOCATION;
    private String nameFi, nameSv, nameEn;
    private String descriptionFi, descriptionSv, descriptionEn;
    private String streetAddress, postalCode, postOffice;
    private String latitude, longitude;
    private String area;
    private String phone, email, webPage, bookingUrl;
    private List<ExceptionRow> exceptions = new ArrayList<>();
    private String accessibilityFi, accessibilitySv, accessibilityEn;
    private List<HoursRow> hours = new ArrayList<>();
    /** A day with other hours than usual (a holiday, Christmas Eve): closed, or open at the given times. */
    public static class ExceptionRow {
        private String day, opens, closes, noteFi;
        private boolean closed;
        boolean blank() {
            return isBlank(day) && isBlank(opens) && isBlank(closes) && isBlank(noteFi) && !closed;
        }
        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getOpens() { return opens; }
        public void setOpens(String opens) { this.opens = opens; }
        public String getCloses() { return closes; }
        public void setCloses(String closes) { this.closes = closes; }
        public String getNoteFi() { return noteFi; }
        public void setNoteFi(String noteFi) { this.noteFi = noteFi; }
        public boolean isClosed() { return closed; }
        public void setClosed(boolean closed) { this.closed = closed; }
    }

    /** One answer per {@link MeetingPlaceQuestion}, in the questions' order. */
    private List<ProfileAnswer> profile = new ArrayList<>();

    public static class ProfileAnswer {
        private String fi, sv, en;
        public String getFi() { return fi; }
        public void setFi(String fi) { this.fi = fi; }
        public String getSv() { return sv; }
        public void setSv(String sv) { this.sv = sv; }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en; }
    }

    public static class HoursRow {
        private String weekday, opens, closes;
        boolean blank() {
            return isBlank(weekday) && isBlank(opens) && isBlank(closes);
        }
        public String getWeekday() { return weekday; }
        public void setWeekday(String weekday) { this.weekday = weekday; }
        public String getOpens() { return opens; }
        public void setOpens(String opens) { this.opens = opens; }
        public String getCloses() { return closes; }
        public void setCloses(String closes) { this.closes = closes; }
    }

    static PlaceForm of(UUID id, PlaceContent c) {
        PlaceForm f = new PlaceForm();
        f.id = id;
        f.kind = c.kind();
        f.nameFi = c.name().fi(); f.nameSv = c.name().sv(); f.nameEn = c.name().en();
        if (c.description() != null) {
            f.descriptionFi = c.description().fi(); f.descriptionSv = c.description().sv(); f.descriptionEn = c.description().en();
        }
        f.streetAddress = c.streetAddress(); f.postalCode = c.postalCode(); f.postOffice = c.postOffice();
        f.latitude = c.latitude() == null ? null : c.latitude().toString();
        f.longitude = c.longitude() == null ? null : c.longitude().toString();
        f.area = c.area() == null ? null : c.area().toString();
        f.phone = c.phone(); f.email = c.email(); f.webPage = c.webPage(); f.bookingUrl = c.bookingUrl();
        if (c.exceptions() != null) {
            for (PlaceContent.HoursException e : c.exceptions()) {
                ExceptionRow row = new ExceptionRow();
                row.day = DAY.format(e.day());
                row.closed = e.closed();
                row.opens = e.opens() == null ? null : e.opens().toString();
                row.closes = e.closes() == null ? null : e.closes().toString();
                row.noteFi = e.note() == null ? null : e.note().fi();
                f.exceptions.add(row);
            }
        }
        if (c.accessibility() != null) {
            f.accessibilityFi = c.accessibility().fi(); f.accessibilitySv = c.accessibility().sv();
            f.accessibilityEn = c.accessibility().en();
        }
        for (MeetingPlaceQuestion question : MeetingPlaceQuestion.values()) {
            ProfileAnswer answer = new ProfileAnswer();
            Texts text = c.profile() == null ? null : c.profile().get(question);
            if (text != null) {
                answer.fi = text.fi(); answer.sv = text.sv(); answer.en = text.en();
            }
            f.profile.add(answer);
        }
        if (c.hours() != null) {
            for (PlaceContent.Hours h : c.hours()) {
                HoursRow row = new HoursRow();
                row.weekday = Integer.toString(h.weekday());
                row.opens = h.opens().toString();
                row.closes = h.closes().toString();
                f.hours.add(row);
            }
        }
        return f;
    }

    PlaceForm withBlankRows() {
        while (profile.size() < MeetingPlaceQuestion.values().length) {
            profile.add(new ProfileAnswer());
        }
        exceptions.removeIf(ExceptionRow::blank);
        for (int i = 0; i < BLANK_EXCEPTIONS; i++) {
            exceptions.add(new ExceptionRow());
        }
        hours.removeIf(HoursRow::blank);
        for (int i = 0; i < BLANK_HOURS; i++) {
            hours.add(new HoursRow());
        }
        return this;
    }

    PlaceContent toContent(OrganisationId organisation, PlaceContent previous, Predicate<UUID> areaExists,
            Errors errors) {
        if (kind == null) {
            errors.rejectValue("kind", "servicemap.editor.kind.required");
        }
        required(errors, "nameFi", nameFi, 200);
        optional(errors, "nameSv", nameSv, 200);
        optional(errors, "nameEn", nameEn, 200);
        optional(errors, "descriptionFi", descriptionFi, 5000);
        optional(errors, "descriptionSv", descriptionSv, 5000);
        optional(errors, "descriptionEn", descriptionEn, 5000);
        optional(errors, "streetAddress", streetAddress, 200);
        optional(errors, "postOffice", postOffice, 100);
        if (!isBlank(postalCode) && !POSTAL_CODE.matcher(postalCode.strip()).matches()) {
            errors.rejectValue("postalCode", "servicemap.editor.postalCode.invalid");
        }
        Double lat = coordinate(errors, "latitude", latitude, LAT_MIN, LAT_MAX);
        Double lon = coordinate(errors, "longitude", longitude, LON_MIN, LON_MAX);
        if (!errors.hasFieldErrors("latitude") && !errors.hasFieldErrors("longitude") && (lat == null) != (lon == null)) {
            errors.rejectValue(lat == null ? "latitude" : "longitude", "servicemap.editor.coordinates.both");
        }
        UUID areaId = null;
        if (!isBlank(area)) {
            try {
                areaId = UUID.fromString(area.strip());
            } catch (IllegalArgumentException e) {
                areaId = null;
            }
            if (areaId == null || !areaExists.test(areaId)) {
                errors.rejectValue("area", "servicemap.editor.areas.invalid");
            }
        }
        optional(errors, "phone", phone, 50);
        optional(errors, "email", email, 200);
        if (!isBlank(webPage) && !webPage.strip().matches("https?://\\S+")) {
            errors.rejectValue("webPage", "servicemap.editor.channel.invalid.WEB_PAGE");
        }
        if (!isBlank(bookingUrl) && !bookingUrl.strip().matches("https?://\\S+")) {
            errors.rejectValue("bookingUrl", "servicemap.editor.channel.invalid.ONLINE_BOOKING");
        }
        optional(errors, "accessibilityFi", accessibilityFi, 2000);
        optional(errors, "accessibilitySv", accessibilitySv, 2000);
        optional(errors, "accessibilityEn", accessibilityEn, 2000);
        List<PlaceContent.Hours> hoursList = hours(errors);
        Map<MeetingPlaceQuestion, Texts> answers = profile(errors);
        List<PlaceContent.HoursException> exceptionList = exceptions(errors);
        if (errors.hasErrors()) {
            return null;
        }
        Texts description = texts(descriptionFi == null ? "" : descriptionFi, descriptionSv, descriptionEn);
        Texts accessibility = isBlank(accessibilityFi) ? null : texts(accessibilityFi, accessibilitySv, accessibilityEn);
        return new PlaceContent(organisation, kind, texts(nameFi, nameSv, nameEn), description,
                blankToNull(streetAddress), blankToNull(postalCode), blankToNull(postOffice), lat, lon, areaId,
                blankToNull(phone), blankToNull(email), blankToNull(webPage),
                blankToNull(bookingUrl), accessibility,
                // A form without the profile rows (an older page, a script) keeps the answers as they were.
                profile.isEmpty() && previous != null && previous.profile() != null ? previous.profile() : answers,
                hoursList,
                exceptionList,
                previous == null ? null : previous.lastReviewed(), previous == null ? null : previous.ptvId());
    }

    /** Days with other hours: a valid date, once each; open days need both times. */
    private List<PlaceContent.HoursException> exceptions(Errors errors) {
        List<PlaceContent.HoursException> list = new ArrayList<>();
        java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
        for (int i = 0; i < exceptions.size(); i++) {
            ExceptionRow row = exceptions.get(i);
            if (row.blank()) {
                continue;
            }
            String prefix = "exceptions[" + i + "].";
            java.time.LocalDate day = null;
            try {
                day = isBlank(row.day) ? null : java.time.LocalDate.parse(row.day.strip(), DAY);
            } catch (DateTimeParseException e) {
                day = null;
            }
            if (day == null) {
                errors.rejectValue(prefix + "day", "servicemap.editor.exception.day.invalid");
            } else if (!days.add(day)) {
                errors.rejectValue(prefix + "day", "servicemap.editor.exception.day.twice");
            }
            LocalTime opens = null, closes = null;
            if (!row.closed) {
                opens = time(errors, prefix + "opens", row.opens);
                closes = time(errors, prefix + "closes", row.closes);
            }
            optional(errors, prefix + "noteFi", row.noteFi, 200);
            if (day != null && (row.closed || (opens != null && closes != null))) {
                list.add(new PlaceContent.HoursException(day, row.closed, opens, closes,
                        isBlank(row.noteFi) ? null : Texts.fi(row.noteFi.strip())));
            }
        }
        return list;
    }

    /** The meeting place's answers; an answer needs its Finnish text, the others are translations of it. */
    private Map<MeetingPlaceQuestion, Texts> profile(Errors errors) {
        Map<MeetingPlaceQuestion, Texts> answers = new java.util.EnumMap<>(MeetingPlaceQuestion.class);
        MeetingPlaceQuestion[] questions = MeetingPlaceQuestion.values();
        for (int i = 0; i < Math.min(profile.size(), questions.length); i++) {
            ProfileAnswer answer = profile.get(i);
            String prefix = "profile[" + i + "].";
            optional(errors, prefix + "fi", answer.fi, 2000);
            optional(errors, prefix + "sv", answer.sv, 2000);
            optional(errors, prefix + "en", answer.en, 2000);
            if (isBlank(answer.fi)) {
                if (!isBlank(answer.sv) || !isBlank(answer.en)) {
                    errors.rejectValue(prefix + "fi", "servicemap.editor.required");
                }
                continue;
            }
            answers.put(questions[i], texts(answer.fi, answer.sv, answer.en));
        }
        return answers;
    }

    /** The regular hours; two periods on one weekday may not overlap (a field error on the later row). */
    private List<PlaceContent.Hours> hours(Errors errors) {
        List<PlaceContent.Hours> list = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            HoursRow row = hours.get(i);
            if (row.blank()) {
                continue;
            }
            String prefix = "hours[" + i + "].";
            Integer weekday = ServiceForm.integer(row.weekday);
            if (weekday == null || weekday < 1 || weekday > 7) {
                errors.rejectValue(prefix + "weekday", "servicemap.editor.hours.weekday.error");
            }
            LocalTime opens = time(errors, prefix + "opens", row.opens);
            LocalTime closes = time(errors, prefix + "closes", row.closes);
            if (weekday != null && weekday >= 1 && weekday <= 7 && opens != null && closes != null) {
                if (opens.equals(closes)) {
                    errors.rejectValue(prefix + "closes", "servicemap.editor.hours.empty");
                    continue;
                }
                PlaceContent.Hours h = new PlaceContent.Hours(weekday, opens, closes);
                for (int j = 0; j < list.size(); j++) {
                    if (overlap(list.get(j), h)) {
                        errors.rejectValue(prefix + "opens", "servicemap.editor.hours.overlap",
                                new Object[] {rows.get(j) + 1}, null);
                        break;
                    }
                }
                list.add(h);
                rows.add(i);
            }
        }
        list.sort(java.util.Comparator.comparingInt(PlaceContent.Hours::weekday).thenComparing(PlaceContent.Hours::opens));
        return list;
    }

    /** Minutes of the day; a period over midnight is counted to the end of its own day. */
    static boolean overlap(PlaceContent.Hours a, PlaceContent.Hours b) {
        if (a.weekday() != b.weekday()) {
            return false;
        }
        int aStart = minutes(a.opens()), aEnd = a.overMidnight() ? 24 * 60 : minutes(a.closes());
        int bStart = minutes(b.opens()), bEnd = b.overMidnight() ? 24 * 60 : minutes(b.closes());
        return aStart < bEnd && bStart < aEnd;
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    private static LocalTime time(Errors errors, String field, String value) {
        String v = value == null ? "" : value.strip();
        if (!TIME.matcher(v).matches()) {
            errors.rejectValue(field, "servicemap.editor.hours.time");
            return null;
        }
        try {
            String[] parts = v.split("[:.]");
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.rejectValue(field, "servicemap.editor.hours.time");
            return null;
        }
    }

    private static Double coordinate(Errors errors, String field, String value, double min, double max) {
        if (isBlank(value)) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            if (Double.isNaN(d) || d < min || d > max) {
                errors.rejectValue(field, "servicemap.editor." + field + ".range", new Object[] {(int) min, (int) max}, null);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "servicemap.editor." + field + ".range", new Object[] {(int) min, (int) max}, null);
            return null;
        }
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public PlaceKind getKind() { return kind; }
    public void setKind(PlaceKind kind) { this.kind = kind; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String v) { nameFi = v; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String v) { nameSv = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getDescriptionFi() { return descriptionFi; }
    public void setDescriptionFi(String v) { descriptionFi = v; }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String v) { descriptionSv = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public String getStreetAddress() { return streetAddress; }
    public void setStreetAddress(String v) { streetAddress = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getPostOffice() { return postOffice; }
    public void setPostOffice(String v) { postOffice = v; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String v) { latitude = v; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String v) { longitude = v; }
    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getWebPage() { return webPage; }
    public void setWebPage(String v) { webPage = v; }
    public String getBookingUrl() { return bookingUrl; }
    public void setBookingUrl(String v) { bookingUrl = v; }
    public List<ExceptionRow> getExceptions() { return exceptions; }
    public void setExceptions(List<ExceptionRow> v) { exceptions = v == null ? new ArrayList<>() : v; }
    public List<ProfileAnswer> getProfile() { return profile; }
    public void setProfile(List<ProfileAnswer> profile) { this.profile = profile; }
    public String getAccessibilityFi() { return accessibilityFi; }
    public void setAccessibilityFi(String v) { accessibilityFi = v; }
    public String getAccessibilitySv() { return accessibilitySv; }
    public void setAccessibilitySv(String v) { accessibilitySv = v; }
    public String getAccessibilityEn() { return accessibilityEn; }
    public void setAccessibilityEn(String v) { accessibilityEn = v; }
    public List<HoursRow> getHours() { return hours; }
    public void setHours(List<HoursRow> v) { hours = v == null ? new ArrayList<>() : v; }
}
