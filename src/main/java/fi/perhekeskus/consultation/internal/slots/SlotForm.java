package fi.perhekeskus.consultation.internal.slots;

/**
 * Publishing one time or a series: the first date, the time of day, and how many times every how
 * many weeks (seed 002 Hartola: "twice a month" is every second week).
 */
public class SlotForm {
    private String date;
    private String start;
    private String end;
    private String count = "1";
    private String intervalWeeks = "2";
    private String location;
    private String videoLink;

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getCount() { return count; }
    public void setCount(String count) { this.count = count; }
    public String getIntervalWeeks() { return intervalWeeks; }
    public void setIntervalWeeks(String intervalWeeks) { this.intervalWeeks = intervalWeeks; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getVideoLink() { return videoLink; }
    public void setVideoLink(String videoLink) { this.videoLink = videoLink; }

    String locationOrNull() {
        return location == null || location.isBlank() ? null : location.strip();
    }

    String videoLinkOrNull() {
        return videoLink == null || videoLink.isBlank() ? null : videoLink.strip();
    }
}
