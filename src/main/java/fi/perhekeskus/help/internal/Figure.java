package fi.perhekeskus.help.internal;

import java.util.Locale;

/**
 * One cell of a report: a value, or why it is hidden. {@code value} is null when the cell is
 * suppressed, or when there is nothing to compute it from (e.g. no request has reached its deadline).
 *
 * @param suppressed null when shown; {@code LESS_THAN_5} when based on 1–4 requests; {@code COMPLEMENTARY}
 *                   when hidden only so that a small cell of the same row cannot be computed from it
 */
public record Figure(Number value, String suppressed) {

    public static final String LESS_THAN_5 = "LESS_THAN_5";
    public static final String COMPLEMENTARY = "COMPLEMENTARY";

    static Figure of(Number value) {
        return new Figure(value, null);
    }

    static Figure small() {
        return new Figure(null, LESS_THAN_5);
    }

    static Figure complementary() {
        return new Figure(null, COMPLEMENTARY);
    }

    /** The cell as text: "< 5", {@code hiddenText}, "–" for nothing to show, or the value (decimals in the locale's way). */
    public String display(String hiddenText, Locale locale, String unit) {
        if (LESS_THAN_5.equals(suppressed)) return "< 5";
        if (COMPLEMENTARY.equals(suppressed)) return hiddenText;
        if (value == null) return "–";
        String number = value instanceof Double d ? String.format(locale, "%.1f", d) : value.toString();
        return number + unit;
    }

    public boolean shown() {
        return suppressed == null;
    }
}
