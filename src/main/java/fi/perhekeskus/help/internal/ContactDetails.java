package fi.perhekeskus.help.internal;

import java.util.regex.Pattern;

/** How a family may be reached: checks that a phone number or an email address can be used. */
public final class ContactDetails {

    /** Finnish (040 123 4567) and international (+358 40 1234567) numbers, 7–15 digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,22}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\".]{2,}$");

    private ContactDetails() {}

    public static boolean validPhone(String value) {
        if (value == null || !PHONE.matcher(value.strip()).matches()) return false;
        long digits = value.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15;
    }

    public static boolean validEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value.strip()).matches();
    }
}
