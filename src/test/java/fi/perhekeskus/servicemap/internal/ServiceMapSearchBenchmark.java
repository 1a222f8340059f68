package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.testing.LoadDriver;

import fi.perhekeskus.servicemap.AccessMethod;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.servicemap.Texts;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service map search under load (issue 3): generates services with channels across 22
 * regions through the same repositories and indexer the app uses, then drives the search API
 * and the search page over HTTP on 127.0.0.1 at a fixed concurrency and reports throughput,
 * latency percentiles and index sizes at each scale. Not part of the test suite (tag "bench");
 * run it with {@code bench/servicemap-search.sh}. Stops by itself.
 */
@PerhekeskusTest
@Tag("bench")
class ServiceMapSearchBenchmark {

    static final int REGIONS = 22;
    static final int AREAS_PER_REGION = 4;
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 10));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 30));
    /** "fixed": the 20 queries below, over and over; "varied": every query of the evaluation set, each with its own filter. */
    static final List<String> MIXES = List.of(System.getProperty("bench.mixes", "fixed,varied").split(","));

    /** What families and workers type: plain words, inflections, compounds, abbreviations, typos, sv and en. */
    static final List<String> QUERIES = List.of("neuvola", "perheneuvolaan", "lastensuojelun", "eroauttaminen", "ero",
            "nepsy", "perheneuvla", "puheterapia", "kotipalvelu", "perhekahvila", "mll", "päihdetyö", "nuorisotyö",
            "kasvatus- ja perheneuvonta", "lapsiperheiden kotipalvelu", "familjerådgivning", "speech therapy",
            "vertaisryhmä vanhemmille", "toimintaterapia", "psykologi koululaiselle");

    static final List<String> SERVICE_TYPES = List.of("Lastenneuvola", "Äitiysneuvola", "Perheneuvola",
            "Kasvatus- ja perheneuvonta", "Lapsiperheiden kotipalvelu", "Perhetyö", "Lapsiperheiden sosiaalityö",
            "Eroauttaminen", "Eron jälkeinen tuki", "Nepsy-valmennus", "Puheterapia", "Toimintaterapia",
            "Koulupsykologi", "Koulukuraattori", "Nuorisotyö", "Etsivä nuorisotyö", "Perhekahvila", "Vauvaryhmä",
            "Isäryhmä", "Päihdetyö nuorille", "Perheväkivaltatyö", "Maahanmuuttajaperheiden tuki", "Kerhotoiminta",
            "Lastensuojelun avohuolto", "Vertaisryhmä vanhemmille", "Varhaiskasvatuksen erityisopettaja");
    static final List<String> SENTENCES = List.of(
            "Palvelu on tarkoitettu lapsiperheille, joissa kaivataan tukea arkeen.",
            "Voit ottaa yhteyttä itse ilman lähetettä.",
            "Työskentelemme yhdessä perheen kanssa ja sovimme tavoitteet yhdessä.",
            "Tapaamiset voivat olla kotona, toimipisteessä tai etänä.",
            "Palvelu on maksuton ja luottamuksellinen.",
            "Tuemme vanhempia kasvatukseen, parisuhteeseen ja eroon liittyvissä kysymyksissä.",
            "Tarjoamme neuvontaa, ohjausta ja vertaistukea.",
            "Lapsen ja nuoren oma ääni kuuluu työskentelyssä.",
            "Teemme yhteistyötä varhaiskasvatuksen, koulun ja neuvolan kanssa.",
            "Ajanvaraus puhelimitse arkisin tai sähköisesti.");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ServiceRepository services;

    @Autowired
    TextQuery textQuery;

    @Autowired
    ServiceSearch search;

    @Test
    void searchAtScale() throws Exception {
        List<Integer> scales = Arrays.stream(System.getProperty("bench.scales", "10000,100000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<UUID> areas = benchAreas();
        List<OrganisationId> orgs = organisations(2000);
        List<String> varied = evaluationQueries();
        StringBuilder report = new StringBuilder("| services | channels | generate | index (GIN + strong GIN + trigram) | table | "
                + "mix | API req/s | API p50 | API p95 | API p99 | page req/s | page p95 | errors |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        int have = 0;
        for (int scale : scales) {
            long started = System.nanoTime();
            generate(have, scale, areas, orgs);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            have = scale;
            jdbc.sql("VACUUM ANALYZE service").update();
            jdbc.sql("VACUUM ANALYZE service_area").update();
            jdbc.sql("VACUUM ANALYZE service_channel").update();
            if (Boolean.parseBoolean(System.getProperty("bench.inProcess", "true"))) inProcess();
            long channels = jdbc.sql("SELECT count(*) FROM service_channel").query(Long.class).single();
            long services = jdbc.sql("SELECT count(*) FROM service").query(Long.class).single();
            String index = jdbc.sql("SELECT pg_size_pretty(pg_relation_size('service_search_idx')) || ' + '"
                    + " || pg_size_pretty(pg_relation_size('service_strong_idx')) || ' + '"
                    + " || pg_size_pretty(pg_relation_size('service_names_trgm_idx'))").query(String.class).single();
            String table = jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('service'))").query(String.class).single();
            for (String mix : MIXES) {
                List<String> queries = mix.strip().equals("varied") ? varied : QUERIES;
                Result api = load(i -> apiPath(queries, i, areas));
                Result pages = load(i -> pagePath(queries, i, areas));
                report.append("| %d | %d | %d s | %s | %s | %s | %.0f | %.1f ms | %.1f ms | %.1f ms | %.0f | %.1f ms | %d |%n".formatted(
                        services, channels, took.toSeconds(), index, table, mix.strip(), api.perSecond(), api.percentile(50),
                        api.percentile(95), api.percentile(99), pages.perSecond(), pages.percentile(95),
                        api.errors() + pages.errors()));
            }
            System.out.println("BENCH " + report);
        }
        String header = "Service map search benchmark, %s, concurrency %d, %d s measured after %d s warm-up, %d CPUs%n%n"
                .formatted(java.time.OffsetDateTime.now(), CONCURRENCY, MEASURE.toSeconds(), WARM_UP.toSeconds(),
                        Runtime.getRuntime().availableProcessors());
        Path out = Path.of("bench/results/servicemap-search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, header + report);
        System.out.println("BENCH written to " + out.toAbsolutePath());
        for (String q : List.of("neuvola", "lapsiperheiden kotipalvelu")) {
            System.out.println("BENCH compiled " + q + " " + textQuery.compile(q));
        }
        // For looking at the data with psql before it is thrown away (BENCH_HOLD seconds).
        Thread.sleep(Duration.ofSeconds(Integer.getInteger("bench.holdSeconds", 0)));
    }

    /** Where the time goes, without HTTP: parsing the query, and the search statement, per query text. */
    private void inProcess() {
        for (String q : QUERIES) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) textQuery.compile(q);
            long t1 = System.nanoTime();
            for (int i = 0; i < 5; i++) search.search(new ServiceQuery(q, null, null, null, null, null, null, null, null,
                    false, null, null, 20, 0));
            long t2 = System.nanoTime();
            System.out.printf("BENCH in-process %-30s compile (1 new, 4 cached) %.1f ms, search %.1f ms%n", q, (t1 - t0) / 5e6, (t2 - t1) / 5e6);
        }
    }

    // --- data -------------------------------------------------------------------------------

    /** 22 regions of four family centre areas with two municipalities each, named so they cannot clash with demo data. */
    private List<UUID> benchAreas() {
        List<UUID> areas = new ArrayList<>();
        for (int r = 1; r <= REGIONS; r++) {
            UUID region = UUID.nameUUIDFromBytes(("bench-region:" + r).getBytes(StandardCharsets.UTF_8));
            UUID planning = UUID.nameUUIDFromBytes(("bench-planning:" + r).getBytes(StandardCharsets.UTF_8));
            jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING").params(region, "Testimaakunta " + r).update();
            jdbc.sql("INSERT INTO planning_area (id, region_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(planning, region, "Testiseutu " + r).update();
            for (int a = 1; a <= AREAS_PER_REGION; a++) {
                UUID area = UUID.nameUUIDFromBytes(("bench-area:" + r + ":" + a).getBytes(StandardCharsets.UTF_8));
                jdbc.sql("INSERT INTO family_centre_area (id, planning_area_id, name, population, children) "
                        + "VALUES (?, ?, ?, 30000, 6000) ON CONFLICT DO NOTHING").params(area, planning, "Testialue " + r + "-" + a).update();
                for (int m = 1; m <= 2; m++) {
                    jdbc.sql("INSERT INTO municipality (id, family_centre_area_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                            .params(UUID.nameUUIDFromBytes(("bench-m:" + r + a + m).getBytes(StandardCharsets.UTF_8)), area,
                                    "Testikunta " + r + "-" + a + "-" + m).update();
                }
                areas.add(area);
            }
        }
        return areas;
    }

    private List<OrganisationId> organisations(int count) {
        List<OrganisationId> ids = new ArrayList<>();
        OrganisationType[] types = OrganisationType.values();
        for (int i = 0; i < count; i++) {
            OrganisationId id = new OrganisationId(UUID.nameUUIDFromBytes(("bench-org:" + i).getBytes(StandardCharsets.UTF_8)));
            organisations.save(new Organisation(id, Texts.fi(orgName(i)), types[i % types.length], null, null, null,
                    null, null));
            ids.add(id);
        }
        return ids;
    }

    private static String orgName(int i) {
        return switch (i % 5) {
            case 0 -> "Testikunnan sivistyspalvelut " + i;
            case 1 -> "Hyvinvointialueen perhepalvelut " + i;
            case 2 -> "Mannerheimin Lastensuojeluliiton yhdistys " + i;
            case 3 -> "Seurakunnan perhetyö " + i;
            default -> "Perheiden tuki ry " + i;
        };
    }

    /** Services {@code from} … {@code to - 1}, written by four threads through the repository (and so indexed). */
    private void generate(int from, int to, List<UUID> areas, List<OrganisationId> orgs) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        services.save(serviceId(i), service(i, areas, orgs), true);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) worker.get();
        }
    }

    private static ServiceId serviceId(int i) {
        return new ServiceId(UUID.nameUUIDFromBytes(("bench-service:" + i).getBytes(StandardCharsets.UTF_8)));
    }

    private static ServiceContent service(int i, List<UUID> areas, List<OrganisationId> orgs) {
        Random random = new Random(i);
        String type = SERVICE_TYPES.get(random.nextInt(SERVICE_TYPES.size()));
        UUID area = areas.get(random.nextInt(areas.size()));
        String name = type + " " + (i % 997);
        List<String> sentences = new ArrayList<>(SENTENCES);
        Collections.shuffle(sentences, random);
        List<ServiceContent.Channel> channels = new ArrayList<>();
        channels.add(new ServiceContent.Channel(ChannelKind.PHONE, "040 %07d".formatted(i), Texts.fi("arkisin 9–15")));
        if (i % 2 == 0) {
            channels.add(new ServiceContent.Channel(ChannelKind.EMAIL, "palvelu" + i + "@example.fi", null));
        }
        int ageMin = random.nextInt(10);
        return new ServiceContent(orgs.get(random.nextInt(orgs.size())),
                new Texts(name, i % 4 == 0 ? "Tjänst " + name : null, i % 4 == 0 ? "Service " + name : null),
                Texts.fi(sentences.get(0)), Texts.fi(String.join(" ", sentences.subList(1, 5))), null,
                Set.of(TargetGroup.values()[random.nextInt(TargetGroup.values().length)]), ageMin, ageMin + 8,
                ServiceLevel.values()[random.nextInt(ServiceLevel.values().length)], random.nextBoolean(),
                List.of("fi"), Set.of(AccessMethod.values()[random.nextInt(AccessMethod.values().length)]),
                List.of(type.toLowerCase()), Map.of(area, i % 7 == 0 ? ServiceMode.OUTREACH : ServiceMode.FIXED),
                List.of(), channels, List.of(), "Ylläpitäjä", null, LocalDate.of(2026, 1 + random.nextInt(10), 1), null);
    }

    // --- load -------------------------------------------------------------------------------

    /**
     * The i-th request of a mix: a quarter of them within an area, a quarter for a child's age.
     * With the 274 evaluation queries, 88 areas and 12 ages, a repeat of the same search is rare
     * in a run: the "varied" mix measures searches that are computed, not served from the cache.
     */
    private static String filtered(String path, List<String> queries, int i, List<UUID> areas) {
        // The fixed mix as it always was (comparable with earlier runs); the varied one moves the
        // filters on every round through the queries, so the combinations do not repeat.
        int round = queries == QUERIES ? 0 : i / queries.size();
        return switch ((i + round) % 4) {
            case 1 -> path + "&area=" + areas.get((i + round * 7) % areas.size());
            case 2 -> path + "&age=" + ((i + round) % 12);
            default -> path;
        };
    }

    private static String apiPath(List<String> queries, int i, List<UUID> areas) {
        String q = queries.get(i % queries.size());
        return filtered("/api/v1/services?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), queries, i, areas);
    }

    private static String pagePath(List<String> queries, int i, List<UUID> areas) {
        String q = queries.get(i % queries.size());
        return queries == QUERIES ? "/services?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                : filtered("/services?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), queries, i, areas);
    }

    /** The queries of the evaluation set (servicemap/search-evaluation.tsv), in its order. */
    private static List<String> evaluationQueries() throws java.io.IOException {
        List<String> queries = new ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("servicemap/search-evaluation.tsv").getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) queries.add(line.split("\t", -1)[0]);
            }
        }
        return queries;
    }

    /** Latencies in microseconds, sorted. */
    record Result(long[] micros, int errors, Duration duration) {

        double perSecond() {
            return micros.length / (duration.toMillis() / 1000.0);
        }

        /** The p-th percentile in milliseconds (nearest rank). */
        double percentile(int p) {
            if (micros.length == 0) return -1;
            return micros[Math.min(micros.length - 1, (int) Math.ceil(p / 100.0 * micros.length) - 1)] / 1000.0;
        }
    }

    /** Runs {@link #CONCURRENCY} clients back to back: warm-up, then the measured window. */
    private Result load(java.util.function.IntFunction<String> paths) throws Exception {
        run(paths, WARM_UP, null);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        int errors = run(paths, MEASURE, times);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted, errors, took);
    }

    private int run(java.util.function.IntFunction<String> paths, Duration window, List<Long> times) throws Exception {
        return LoadDriver.run(CONCURRENCY, window,
                (c, n) -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + paths.apply(n))), times);
    }
}
