package fi.perhekeskus.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's network meetings (upcoming and past) with their joint records. */
@Component
public class MeetingSection implements CaseSection {

    public record MeetingRow(NetworkMeeting meeting, int participants, List<JointRecord> records) {}

    public record View(List<MeetingRow> upcoming, List<MeetingRow> past, List<JointRecord> withoutMeeting) {}

    private final MeetingReader meetings;
    private final JointRecords records;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    MeetingSection(MeetingReader meetings, JointRecords records, JdbcClient jdbc, java.time.Clock clock) {
        this.meetings = meetings;
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "casework/sections/meetings :: section";
    }

    @Override
    public void addTo(CaseOverview overview, Model model, Locale locale) {
        var all = meetings.all(overview.id());
        var recs = records.ofCase(overview.id());
        Map<UUID, List<JointRecord>> byMeeting = recs.stream().filter(r -> r.meetingId() != null)
                .collect(Collectors.groupingBy(JointRecord::meetingId));
        Map<UUID, Integer> counts = jdbc.sql("""
                SELECT mp.meeting_id, count(*) FROM case_meeting_participant mp JOIN case_meeting m ON m.id = mp.meeting_id
                WHERE m.case_id = :c GROUP BY mp.meeting_id""")
                .param("c", overview.id().value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Instant now = clock.instant();
        List<MeetingRow> rows = all.stream().map(m -> new MeetingRow(m, counts.getOrDefault(m.id(), 0),
                byMeeting.getOrDefault(m.id(), List.of()))).toList();
        List<MeetingRow> upcoming = rows.stream()
                .filter(r -> "PLANNED".equals(r.meeting().status()) && r.meeting().endsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(r -> r.meeting().startsAt())).toList();
        List<MeetingRow> past = rows.stream().filter(r -> !upcoming.contains(r)).toList();
        model.addAttribute("meetingZone", MeetingInput.HELSINKI);
        model.addAttribute("meetingSection", new View(upcoming, past,
                recs.stream().filter(r -> r.meetingId() == null).toList()));
    }
}
