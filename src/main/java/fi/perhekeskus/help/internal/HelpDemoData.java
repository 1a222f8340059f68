package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.area.Municipality;
import fi.perhekeskus.platform.DemoDataLoader;
import fi.perhekeskus.platform.WorkingDays;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client guidance demo data: the on-call rota, a week of requests for {@code ohjaaja} in
 * Valkeakoski–Akaa–Urjala in every state the queue shows, and half a year of handled requests in
 * several areas so that the leadership report has figures (small areas show suppression). Every
 * row has a name-based id and is inserted only when absent: loading twice changes nothing.
 */
@Component
@Order(40)
class HelpDemoData implements DemoDataLoader {

    static final String VALKEAKOSKI_AKAA_URJALA = "Valkeakoski–Akaa–Urjala";
    static final String LEMPAALA_VESILAHTI = "Lempäälä–Vesilahti";
    static final int HISTORY_MONTHS = 6;

    /** Requests a month, roughly: larger areas have tens, small ones so few that the report suppresses them. */
    static final Map<String, Integer> MONTHLY_VOLUME = Map.of(
            VALKEAKOSKI_AKAA_URJALA, 40, LEMPAALA_VESILAHTI, 26, "Nokia", 30, "Hervanta–Vuores", 22,
            "Kangasala–Pälkäne", 28, "Sastamala–Punkalaidun", 14, "Asikkala", 6, "Orivesi", 4, "Hartola", 2);

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Areas areas;
    private final OnCallRota rota;
    private final Clock clock;

    HelpDemoData(JdbcClient jdbc, UserAccounts users, Areas areas, OnCallRota rota, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.areas = areas;
        this.rota = rota;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        Optional<FamilyCentreArea> vau = area(VALKEAKOSKI_AKAA_URJALA);
        Optional<UserId> ohjaaja = users.findIdByUsername("ohjaaja");
        if (vau.isEmpty() || ohjaaja.isEmpty()) return; // areas or accounts not loaded: nothing to build on
        LocalDate today = LocalDate.now(clock);
        loadRota(vau.get(), today);
        new DemoWeek(jdbc, vau.get(), municipalities(vau.get()), ohjaaja.get().value(),
                users.findIdByUsername("sosiaalityontekija").map(UserId::value).orElse(null), clock.instant())
                .load();
        for (var entry : MONTHLY_VOLUME.entrySet()) {
            area(entry.getKey()).ifPresent(area -> loadHistory(area, entry.getValue(), today,
                    area.equals(vau.get()) ? ohjaaja.get().value() : null));
        }
    }

    private void loadRota(FamilyCentreArea vau, LocalDate today) {
        assign("sosiaalityontekija", vau.id());
        assign("perheneuvoja", vau.id());
        var team = List.of(member("ohjaaja", Profession.SERVICE_GUIDE),
                member("sosiaalityontekija", Profession.FAMILY_SOCIAL_WORKER),
                member("perheneuvoja", Profession.FAMILY_COUNSELLING_PSYCHOLOGIST));
        LocalDate thisWeek = OnCallRota.weekStart(today);
        for (int week = -8; week <= 8; week++) {
            teamOnce(vau.id(), thisWeek.plusWeeks(week), team);
        }
        area(LEMPAALA_VESILAHTI).ifPresent(lv -> {
            for (String username : List.of("omatyontekija", "avainhenkilo", "lahityontekija")) assign(username, lv.id());
            var full = List.of(member("omatyontekija", Profession.FAMILY_SOCIAL_WORKER),
                    member("avainhenkilo", Profession.PSYCHIATRIC_NURSE),
                    member("lahityontekija", Profession.SOCIAL_INSTRUCTOR));
            for (int week = 0; week <= 3; week++) {
                // Week +2 is left with two members: the page shows what an incomplete week looks like.
                teamOnce(lv.id(), thisWeek.plusWeeks(week), week == 2 ? full.subList(0, 2) : full);
            }
        });
    }

    private Optional<OnCallRota.NewMember> member(String username, Profession profession) {
        return users.findIdByUsername(username).map(id -> new OnCallRota.NewMember(id, profession));
    }

    /** A week's team is set only when the week has none: a coordinator's later changes stay. */
    private void teamOnce(FamilyCentreAreaId area, LocalDate week, List<Optional<OnCallRota.NewMember>> members) {
        boolean exists = jdbc.sql("SELECT count(*) FROM on_call_team WHERE family_centre_area_id = :area AND week_start = :week")
                .param("area", area.value()).param("week", week).query(Integer.class).single() > 0;
        if (!exists) rota.setTeam(area, week, members.stream().flatMap(Optional::stream).toList());
    }

    private void assign(String username, FamilyCentreAreaId area) {
        users.findIdByUsername(username).ifPresent(user -> jdbc.sql("""
                INSERT INTO area_assignment (user_id, family_centre_area_id, coordinator)
                VALUES (:user, :area, false) ON CONFLICT DO NOTHING""")
                .param("user", user.value()).param("area", area.value()).update());
    }

    /**
     * Handled requests of the last months: most first contacted within the 7 working days, some
     * late, a few closed without contact. Only requests at least ten days old: the recent ones
     * are the demo week's. Anonymous questions only within their retention, so that a purged one
     * is not loaded again.
     */
    private void loadHistory(FamilyCentreArea area, int volume, LocalDate today, UUID worker) {
        List<Municipality> municipalities = municipalities(area);
        LocalDate newest = today.minusDays(10);
        for (int m = HISTORY_MONTHS; m >= 0; m--) {
            YearMonth month = YearMonth.from(today).minusMonths(m);
            Random monthly = seeded("volume:" + area.name() + ":" + month);
            int count = Math.max(0, volume + (int) Math.round(monthly.nextGaussian() * volume * 0.15));
            List<DemoRequest> requests = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String key = "history:" + area.name() + ":" + month + ":" + i;
                Random random = seeded(key);
                LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                if (!WorkingDays.isWorkingDay(day) && random.nextInt(4) > 0) day = WorkingDays.onOrNextWorkingDay(day);
                if (day.isAfter(newest)) continue;
                DemoRequest r = HistoryRequests.handled(key, random, area, municipalities, day, worker, today);
                if (r != null) requests.add(r);
            }
            // One look-up per area and month, so that a restart does not try a thousand inserts.
            Set<UUID> existing = new HashSet<>(jdbc.sql("SELECT id FROM help_request WHERE id = ANY(CAST(:ids AS uuid[]))")
                    .param("ids", requests.stream().map(r -> r.id.toString()).toArray(String[]::new))
                    .query(UUID.class).list());
            requests.stream().filter(r -> !existing.contains(r.id)).forEach(r -> r.insertOnce(jdbc));
        }
    }

    /** Seeds spread by a digest: java.util.Random gives correlated first numbers for neighbouring seeds. */
    static Random seeded(String key) {
        return new Random(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits());
    }

    private Optional<FamilyCentreArea> area(String name) {
        return areas.all().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private List<Municipality> municipalities(FamilyCentreArea area) {
        return areas.municipalities().stream().filter(m -> m.area().equals(area.id())).toList();
    }
}
