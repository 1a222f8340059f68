package fi.perhekeskus.directory.internal;

import fi.perhekeskus.testing.LoadDriver;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key person finder and the coverage matrix at scale (issue 5): 20 000 professionals and 5 000
 * key person assignments in 22 regions (extra regions, planning areas and areas are generated in
 * SQL in the benchmark's own throw-away database), then the finder page, the key persons API, the
 * coverage API and a region's coverage page are driven over HTTP on 127.0.0.1 by logged-in
 * clients. Not part of the test suite (tag "bench"); run {@code bench/directory.sh}.
 */
@PerhekeskusTest
@Tag("bench")
class DirectoryBenchmark {

    static final int PROFESSIONALS = Integer.getInteger("bench.professionals", 20_000);
    static final int ASSIGNMENTS = Integer.getInteger("bench.assignments", 5_000);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 5));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 20));
    static final List<String> EXPERTISE = List.of("child-protection", "nepsy", "multicultural", "child-psychiatry",
            "adolescent-psychiatry", "disability", "separation", "ot-centre", "violence", "adult-services", "leisure",
            "substance-abuse", "other");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FinderQuery finder;

    @Autowired
    CoverageQuery coverage;

    @Test
    void finderAndCoverageAtScale() throws Exception {
        long t0 = System.nanoTime();
        generate();
        Duration generated = Duration.ofNanos(System.nanoTime() - t0);
        for (String table : List.of("professional", "professional_area", "key_person_assignment",
                "key_person_assignment_area", "family_centre_area", "planning_area", "region")) {
            jdbc.sql("VACUUM ANALYZE " + table).update();
        }
        List<UUID> areas = jdbc.sql("SELECT id FROM family_centre_area ORDER BY id").query(UUID.class).list();
        List<UUID> regions = jdbc.sql("SELECT id FROM region ORDER BY id").query(UUID.class).list();
        inProcess(areas);
        var session = new WebClientSession(port).loggedInAs("koordinaattori", "demo");
        String cookie = "SESSION=" + session.cookie("SESSION").orElseThrow();

        sequential(cookie, List.of("/", "/api/v1/expertise-areas", "/directory/finder",
                "/directory/finder?expertise=nepsy&area=" + areas.get(3),
                "/api/v1/key-persons?expertise=nepsy&area=" + areas.get(3),
                "/directory/coverage?region=" + regions.get(3), "/api/v1/key-persons/coverage"));
        Map<String, IntFunction<String>> targets = new LinkedHashMap<>();
        targets.put("finder page `/directory/finder?expertise&area`", i -> "/directory/finder?expertise="
                + EXPERTISE.get(i % EXPERTISE.size()) + "&area=" + areas.get((i * 7) % areas.size()));
        targets.put("key persons API `/api/v1/key-persons`", i -> "/api/v1/key-persons?expertise="
                + EXPERTISE.get(i % EXPERTISE.size()) + "&area=" + areas.get((i * 7) % areas.size()));
        targets.put("coverage API `/api/v1/key-persons/coverage` (all areas)", i -> "/api/v1/key-persons/coverage");
        targets.put("coverage page `/directory/coverage?region` (one region)", i -> "/directory/coverage?region="
                + regions.get(i % regions.size()));

        StringBuilder report = new StringBuilder("| target | requests | req/s | p50 | p95 | p99 | errors |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (var target : targets.entrySet()) {
            Result r = load(target.getValue(), cookie);
            report.append("| %s | %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %d |%n".formatted(target.getKey(),
                    r.micros().length, r.perSecond(), r.percentile(50), r.percentile(95), r.percentile(99), r.errors()));
            System.out.println("BENCH " + target.getKey() + " p95 " + r.percentile(95));
        }
        String counts = jdbc.sql("""
                SELECT format('%s regions, %s planning areas, %s family centre areas, %s professionals, %s assignments
                 (%s assignment-area rows)', (SELECT count(*) FROM region), (SELECT count(*) FROM planning_area),
                 (SELECT count(*) FROM family_centre_area), (SELECT count(*) FROM professional),
                 (SELECT count(*) FROM key_person_assignment), (SELECT count(*) FROM key_person_assignment_area))""")
                .query(String.class).single();
        String header = "Directory benchmark, %s, concurrency %d, %d s measured after %d s warm-up, %d CPUs; %s; "
                + "generated in %d s%n%n";
        Path out = Path.of("bench/results/directory.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, header.formatted(OffsetDateTime.now(), CONCURRENCY, MEASURE.toSeconds(),
                WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors(), counts, generated.toSeconds()) + report);
        System.out.println("BENCH\n" + Files.readString(out));
    }

    /**
     * 20 more regions (22 with the demo's two), each of three planning areas of three areas; the
     * professionals spread over them; assignments 70 % for one area, 20 % for a planning area, 10 %
     * for a region, a tenth ending within 60 days without a successor.
     */
    private void generate() {
        jdbc.sql("""
                INSERT INTO region (id, name)
                SELECT md5('bench-region:' || r)::uuid, 'Penkkimaakunta ' || r FROM generate_series(1, 20) r
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO planning_area (id, region_id, name)
                SELECT md5('bench-planning:' || r || ':' || p)::uuid, md5('bench-region:' || r)::uuid,
                       'Penkkiseutu ' || r || '-' || p
                FROM generate_series(1, 20) r, generate_series(1, 3) p ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO family_centre_area (id, planning_area_id, name, population, children)
                SELECT md5('bench-area:' || r || ':' || p || ':' || a)::uuid, md5('bench-planning:' || r || ':' || p)::uuid,
                       'Penkkialue ' || r || '-' || p || '-' || a, 20000 + (r * 7919 + p * 104729 + a * 1299709) % 30000, 5000
                FROM generate_series(1, 20) r, generate_series(1, 3) p, generate_series(1, 3) a ON CONFLICT DO NOTHING""")
                .update();
        jdbc.sql("""
                CREATE TEMP TABLE bench_area AS
                SELECT row_number() OVER (ORDER BY a.id) - 1 AS n, a.id, a.planning_area_id, pa.region_id
                FROM family_centre_area a JOIN planning_area pa ON pa.id = a.planning_area_id""").update();
        int areas = jdbc.sql("SELECT count(*) FROM bench_area").query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO professional (id, name, title, organisation, languages, phone, email, other_contact)
                SELECT md5('bench-professional:' || i)::uuid, 'Penkki Ammattilainen ' || i, 'Sosiaalityöntekijä',
                       'Penkin hyvinvointialue ' || (i % 40), '{fi}', '040 ' || lpad(i::text, 7, '0'),
                       'p' || i || '@bench.invalid', CASE WHEN i % 4 = 0 THEN 'Teams' END
                FROM generate_series(1, :n) i ON CONFLICT DO NOTHING""").param("n", PROFESSIONALS).update();
        jdbc.sql("""
                INSERT INTO professional_area (professional_id, family_centre_area_id)
                SELECT md5('bench-professional:' || i)::uuid, b.id FROM generate_series(1, :n) i
                JOIN bench_area b ON b.n = i % :areas ON CONFLICT DO NOTHING""")
                .param("n", PROFESSIONALS).param("areas", areas).update();
        jdbc.sql("""
                INSERT INTO key_person_assignment (id, professional_id, expertise_code, scope, work_forms, starts_on,
                    ends_on, deputy_id)
                SELECT md5('bench-assignment:' || i)::uuid, md5('bench-professional:' || i)::uuid,
                       (ARRAY['child-protection','nepsy','multicultural','child-psychiatry','adolescent-psychiatry',
                              'disability','separation','ot-centre','violence','adult-services','leisure',
                              'substance-abuse','other'])[1 + i % 13],
                       CASE WHEN i % 10 < 7 THEN 'AREA' WHEN i % 10 < 9 THEN 'PLANNING_AREA' ELSE 'REGION' END,
                       '{PHONE_CONSULTATION,PAIR_WORK}', current_date - 200 - i % 300,
                       CASE WHEN i % 10 = 3 THEN current_date + i % 60 END,
                       md5('bench-professional:' || (i + 5000))::uuid
                FROM generate_series(1, :n) i ON CONFLICT DO NOTHING""").param("n", ASSIGNMENTS).update();
        jdbc.sql("""
                INSERT INTO key_person_assignment_area (assignment_id, family_centre_area_id)
                SELECT k.id, a.id
                FROM generate_series(1, :n) i
                JOIN key_person_assignment k ON k.id = md5('bench-assignment:' || i)::uuid
                JOIN bench_area home ON home.n = i % :areas
                JOIN bench_area a ON (k.scope = 'AREA' AND a.id = home.id)
                    OR (k.scope = 'PLANNING_AREA' AND a.planning_area_id = home.planning_area_id)
                    OR (k.scope = 'REGION' AND a.region_id = home.region_id)
                ON CONFLICT DO NOTHING""").param("n", ASSIGNMENTS).param("areas", areas).update();
    }

    /** One client, one request at a time: the latency of each path without queueing. */
    private void sequential(String cookie, List<String> paths) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().build()) {
            for (String path : paths) {
                long[] micros = new long[15];
                for (int i = 0; i < micros.length; i++) {
                    long t0 = System.nanoTime();
                    client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.discarding());
                    micros[i] = (System.nanoTime() - t0) / 1000;
                }
                java.util.Arrays.sort(micros);
                System.out.printf("BENCH sequential %s median %.1f ms%n", path, micros[7] / 1000.0);
            }
        }
    }

    /** Where the time goes without HTTP and templates: the statements themselves. */
    private void inProcess(List<UUID> areas) {
        java.time.LocalDate today = java.time.LocalDate.now();
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                finder.find(EXPERTISE.get(i % EXPERTISE.size()), areas.get((i * 7) % areas.size()), today,
                        java.util.Locale.of("fi"));
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 5; i++) coverage.cells(today, 60, null, "fi");
            long t2 = System.nanoTime();
            if (round == 1) {
                jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + CoverageQuery.CELLS.formatted(Lang.name("e")))
                        .param("today", today).param("horizon", today.plusDays(60)).param("region", null)
                        .param("lang", "fi").query(String.class).list().forEach(line -> System.out.println("BENCH plan " + line));
            }
            System.out.printf("BENCH in-process finder %.1f ms, coverage (all areas) %.1f ms%n", (t1 - t0) / 20e6,
                    (t2 - t1) / 5e6);
        }
    }

    record Result(long[] micros, int errors, Duration duration) {

        double perSecond() {
            return micros.length / (duration.toMillis() / 1000.0);
        }

        double percentile(int p) {
            if (micros.length == 0) return -1;
            return micros[Math.min(micros.length - 1, (int) Math.ceil(p / 100.0 * micros.length) - 1)] / 1000.0;
        }
    }

    private Result load(IntFunction<String> paths, String cookie) throws Exception {
        run(paths, cookie, WARM_UP, null);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        int errors = run(paths, cookie, MEASURE, times);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Result(times.stream().mapToLong(Long::longValue).sorted().toArray(), errors, took);
    }

    private int run(IntFunction<String> paths, String cookie, Duration window, List<Long> times) throws Exception {
        return LoadDriver.run(CONCURRENCY, window, (c, n) -> HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + paths.apply(n)))
                .header("Cookie", cookie).header("Accept", "text/html,application/json"), times);
    }
}
