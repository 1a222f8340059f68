package fi.perhekeskus.help.internal;

/**
 * Query parameters of the report page, its CSV and its API. The page offers {@code months} (6 or 12,
 * ending with the current month); the API takes {@code from} and {@code to} as YYYY-MM.
 */
public class ReportParams {

    private String months;
    private String from;
    private String to;
    private String area;
    private String region;

    public String getMonths() { return months; }
    public void setMonths(String months) { this.months = months; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
}
