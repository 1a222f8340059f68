package fi.perhekeskus.help.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "Pyydä apua" under load and through a crash (issue 4), against the built jar started as its own
 * JVM on 127.0.0.1 with the embedded PostgreSQL in a fresh data directory:
 * <ol>
 * <li>latency: submissions at concurrency 16 (p50/p95/p99, throughput);
 * <li>a burst of 1000 concurrent submissions, each with its own Idempotency-Key: every acknowledged one
 * is stored exactly once (rows counted by key in the database);
 * <li>a crash, twice: 1000 more at concurrency 64, and in the middle the app's JVM is killed with
 * SIGKILL (first the JVM only, which leaves the embedded PostgreSQL running; then the JVM and its
 * PostgreSQL together, as when a container or host dies); the app is started again on the same data
 * directory and the clients retry everything, acknowledged or not, with their keys: no acknowledged
 * request lost, none stored twice, every acknowledged receipt code unchanged.
 * </ol>
 * Not part of the suite (tag "bench"): {@code bench/help-requests.sh}. Stops by itself; writes
 * {@code bench/results/help-requests.md}.
 */
@Tag("bench")
class HelpRequestBenchmark {

    static final Path JAR = Path.of(System.getProperty("bench.jar", "target/perhekeskus.jar"));
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 2000);
    static final int MEASURED = Integer.getInteger("bench.measured", 2000);
    static final int BURST = Integer.getInteger("bench.burst", 1000);
    static final int CRASH_RUN = Integer.getInteger("bench.crashRun", 1000);
    static final int CRASH_CONCURRENCY = Integer.getInteger("bench.crashConcurrency", 64);
    static final int KILL_AFTER = Integer.getInteger("bench.killAfter", 300);
    /** Which parts to run, e.g. "latency" for a quick look. */
    static final List<String> PHASES = List.of(System.getProperty("bench.phases", "latency,burst,crash,crash-all").split(","));
    static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.startTimeout", 240));

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    final List<String> report = new ArrayList<>();
    Path dataDir;
    Process app;
    int port;

    /** One client's submission: its key and body never change between retries. */
    record Submission(String key, String body) {}

    record Outcome(int status, String receiptCode, long nanos) {
        boolean acknowledged() {
            return status == 200 || status == 201;
        }
    }

    @Test
    void submissionsAreFastAndStoredExactlyOnceThroughACrash() throws Exception {
        assertThat(JAR).as("build the jar first: ./mvnw -B -DskipTests package").exists();
        dataDir = Files.createTempDirectory("perhekeskus-help-bench");
        try {
            start();
            if (PHASES.contains("latency")) latency();
            if (PHASES.contains("burst")) burst();
            if (PHASES.contains("crash")) crash(false);
            if (PHASES.contains("crash-all")) crash(true);
        } finally {
            stop();
            killLeftoverPostgres();
            writeReport();
            deleteQuietly(dataDir);
        }
    }

    // ---- (c) latency at concurrency 16 ---------------------------------------------------------

    void latency() throws Exception {
        run(submissions("warm", WARM_UP), CONCURRENCY);
        List<Submission> measured = submissions("lat", MEASURED);
        long started = System.nanoTime();
        Map<String, Outcome> outcomes = run(measured, CONCURRENCY);
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] millis = outcomes.values().stream().filter(Outcome::acknowledged).mapToLong(Outcome::nanos).sorted()
                .toArray();
        long failed = outcomes.values().stream().filter(o -> !o.acknowledged()).count();
        line("## Latency: %d submissions at concurrency %d (after %d to warm up)", MEASURED, CONCURRENCY, WARM_UP);
        line("");
        line("| p50 | p95 | p99 | max | throughput | not acknowledged |");
        line("| --- | --- | --- | --- | --- | --- |");
        line("| %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f /s | %d |", pct(millis, 50), pct(millis, 95), pct(millis, 99),
                millis[millis.length - 1] / 1e6, measured.size() / seconds, failed);
        line("");
        assertThat(failed).isZero();
        assertExactlyOnce(measured, outcomes);
    }

    // ---- (a) 1000 at once -----------------------------------------------------------------------

    void burst() throws Exception {
        List<Submission> burst = submissions("burst", BURST);
        long started = System.nanoTime();
        Map<String, Outcome> outcomes = run(burst, BURST);
        double seconds = (System.nanoTime() - started) / 1e9;
        long acknowledged = outcomes.values().stream().filter(Outcome::acknowledged).count();
        Map<Integer, Long> byStatus = countByStatus(outcomes);
        // Whatever was refused at the door (a full accept queue) is retried, as a client would.
        Map<String, Outcome> retried = run(burst.stream().filter(s -> !outcomes.get(s.key()).acknowledged()).toList(),
                CONCURRENCY);
        Map<String, Outcome> all = new ConcurrentHashMap<>(outcomes);
        retried.forEach((key, outcome) -> {
            Outcome first = all.get(key);
            if (first.acknowledged()) assertThat(outcome.receiptCode()).isEqualTo(first.receiptCode());
            all.put(key, outcome);
        });
        int stored = assertExactlyOnce(burst, all);
        line("## Burst: %d submissions sent at once", BURST);
        line("");
        line("- all answered in %.1f s (%.0f /s); first answers by status (0 = connection refused or reset): %s;"
                + " %d acknowledged on the first try, %d retried until acknowledged", seconds, BURST / seconds, byStatus,
                acknowledged, BURST - acknowledged);
        line("- in the database: %d requests for %d keys, each key exactly once; every acknowledged receipt code matches",
                stored, BURST);
        line("");
    }

    // ---- (b) SIGKILL in the middle ----------------------------------------------------------------

    /**
     * @param withDatabase SIGKILL PostgreSQL too (a container or host dying), not only the JVM (which
     *        leaves the embedded PostgreSQL running; the next start stops that orphan first)
     */
    void crash(boolean withDatabase) throws Exception {
        List<Submission> run = submissions(withDatabase ? "crashall" : "crash", CRASH_RUN);
        Map<String, Outcome> before = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch killPoint = new CountDownLatch(1);
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        Semaphore slots = new Semaphore(CRASH_CONCURRENCY);
        for (Submission s : run) {
            clients.submit(() -> {
                slots.acquireUninterruptibly();
                try {
                    before.put(s.key(), send(s));
                } finally {
                    slots.release();
                    if (answered.incrementAndGet() >= KILL_AFTER) killPoint.countDown();
                }
            });
        }
        assertThat(killPoint.await(5, TimeUnit.MINUTES)).isTrue();
        Instant killedAt = Instant.now();
        List<Long> killed = withDatabase ? kill() : killJvm();
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        long ackedBefore = before.values().stream().filter(Outcome::acknowledged).count();
        Map<Integer, Long> statusesBefore = countByStatus(before);

        long restartStarted = System.nanoTime();
        start();
        double restartSeconds = (System.nanoTime() - restartStarted) / 1e9;
        Map<String, Outcome> after = run(run, CRASH_CONCURRENCY);
        int changed = 0;
        for (Submission s : run) {
            Outcome first = before.get(s.key());
            Outcome retry = after.get(s.key());
            assertThat(retry.acknowledged()).as("retry of %s: %s", s.key(), retry.status()).isTrue();
            if (first != null && first.acknowledged() && !first.receiptCode().equals(retry.receiptCode())) changed++;
        }
        long replayed = after.values().stream().filter(o -> o.status() == 200).count();
        int stored = assertExactlyOnce(run, after);
        line("## Crash (%s): %d submissions at concurrency %d, SIGKILL after %d answers",
                withDatabase ? "JVM and PostgreSQL" : "JVM only", CRASH_RUN, CRASH_CONCURRENCY, KILL_AFTER);
        line("");
        line(withDatabase ? "- killed at %s: the app's JVM and its PostgreSQL (%d processes) with SIGKILL"
                : "- killed at %s: the app's JVM (pid %d) with SIGKILL; the embedded PostgreSQL was left running",
                killedAt, withDatabase ? killed.size() : killed.getFirst());
        line("- before the kill: %d acknowledged; statuses seen by clients (0 = connection failed) %s", ackedBefore,
                statusesBefore);
        line(withDatabase ? "- restarted on the same data directory in %.1f s (PostgreSQL recovered from its WAL)"
                : "- restarted on the same data directory in %.1f s (the orphaned PostgreSQL stopped first)",
                restartSeconds);
        line("- every client retried with its key: %d answered 200 (already stored), %d answered 201 (new)", replayed,
                run.size() - replayed);
        line("- acknowledged before the kill and lost: %d; receipt codes changed: %d; in the database: %d requests for %d keys,"
                + " each exactly once", ackedBefore - before.values().stream().filter(Outcome::acknowledged)
                        .filter(o -> after.values().stream().anyMatch(a -> a.receiptCode().equals(o.receiptCode())))
                        .count(), changed, stored, CRASH_RUN);
        line("");
        assertThat(changed).isZero();
    }

    // ---- the app ------------------------------------------------------------------------------

    void start() throws Exception {
        port = freePort();
        Path log = Path.of("bench/results/help-requests-app-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("PERHEKESKUS_DATA_DIR", dataDir.toString());
        builder.environment().put("PERHEKESKUS_HELP_RATE_LIMIT_PER_MINUTE", "1000000");
        builder.environment().put("PERHEKESKUS_ADMIN_PASSWORD", "bench-" + UUID.randomUUID());
        app = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app stopped while starting; see %s", log).isTrue();
            try {
                var health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app did not start in " + START_TIMEOUT + "; see " + log);
    }

    /** SIGKILL to the JVM and, at the same moment, to its PostgreSQL: nothing gets to clean up. */
    List<Long> kill() throws IOException {
        List<Long> pids = new ArrayList<>(postgresProcesses());
        app.destroyForcibly();
        for (long pid : pids) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        try {
            app.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (long pid : pids) ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        pids.add(0, app.pid());
        return pids;
    }

    /** SIGKILL to the JVM only, as `kill -9 <app pid>` does. */
    List<Long> killJvm() throws InterruptedException {
        app.destroyForcibly();
        app.waitFor(30, TimeUnit.SECONDS);
        return List.of(app.pid());
    }

    /** A PostgreSQL still running on the data directory (a failed restart) is stopped, so nothing outlives the bench. */
    void killLeftoverPostgres() {
        try {
            if (Files.exists(dataDir.resolve("postgres/postmaster.pid"))) {
                for (long pid : postgresProcesses()) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("could not stop a leftover PostgreSQL: " + e);
        }
    }

    void stop() {
        if (app != null && app.isAlive()) {
            app.destroy(); // SIGTERM: a graceful stop that also stops the embedded PostgreSQL
            try {
                if (!app.waitFor(60, TimeUnit.SECONDS)) kill();
            } catch (InterruptedException | IOException e) {
                app.destroyForcibly();
            }
        }
    }

    List<Long> postgresProcesses() throws IOException {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        return pids;
    }

    Connection database() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/perhekeskus",
                "postgres", "");
    }

    // ---- clients ------------------------------------------------------------------------------

    List<Submission> submissions(String run, int count) {
        String[] places = {"\"municipality\": \"Nokia\"", "\"municipality\": \"837\", \"area\": \"Hervanta–Vuores\"",
                "\"municipality\": \"Tampere\"", "\"municipality\": \"Pirkkala\"", "\"municipality\": \"Ylöjärvi\""};
        String[] contacts = {"{\"method\": \"none\"}", "{\"method\": \"phone\", \"value\": \"040 123 4567\"}",
                "{\"method\": \"email\", \"value\": \"vanhempi@example.fi\"}"};
        List<Submission> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "bench-" + run + "-" + UUID.randomUUID();
            list.add(new Submission(key, """
                    {"concern": "Benchmark %s: lapsi ei nuku ja arki on raskasta, kaipaamme neuvoja.",
                     "childAges": [%d, %d], %s, "language": "fi", "contact": %s, "topics": ["parenting", "wellbeing"]}"""
                    .formatted(key, i % 18, (i * 7) % 18, places[i % places.length], contacts[i % contacts.length])));
        }
        return list;
    }

    /** Sends each submission once with at most {@code concurrency} in flight; all start together. */
    Map<String, Outcome> run(List<Submission> submissions, int concurrency) throws InterruptedException {
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Submission s : submissions) {
                clients.submit(() -> {
                    go.await();
                    slots.acquireUninterruptibly();
                    try {
                        outcomes.put(s.key(), send(s));
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
            go.countDown();
        }
        return outcomes;
    }

    Outcome send(Submission s) {
        long started = System.nanoTime();
        try {
            var response = http.send(HttpRequest.newBuilder(uri(HelpApiController.PATH))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Idempotency-Key", s.key())
                    .POST(HttpRequest.BodyPublishers.ofString(s.body())).build(), HttpResponse.BodyHandlers.ofString());
            String code = null;
            int at = response.body().indexOf("\"receiptCode\":\"");
            if (at >= 0) code = response.body().substring(at + 15, at + 29);
            return new Outcome(response.statusCode(), code, System.nanoTime() - started);
        } catch (IOException e) {
            return new Outcome(0, null, System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, null, System.nanoTime() - started);
        }
    }

    /** Every key is in the database exactly once, with the receipt code its client was given. */
    int assertExactlyOnce(List<Submission> submissions, Map<String, Outcome> outcomes) throws Exception {
        Map<String, List<String>> stored = new java.util.HashMap<>();
        try (Connection c = database(); var statement = c.prepareStatement("""
                SELECT s.idempotency_key, r.receipt_code FROM help_request r
                JOIN help_request_submission s ON s.request_id = r.id
                WHERE s.idempotency_key = ANY (?)""")) {
            statement.setArray(1, c.createArrayOf("text", submissions.stream().map(Submission::key).toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            // The concern names the key: a request stored without its key would show up here as a duplicate.
            try (var byConcern = c.prepareStatement("""
                    SELECT count(*) FROM help_request WHERE concern LIKE 'Benchmark ' || ? || ':%'""")) {
                for (Submission s : submissions) {
                    byConcern.setString(1, s.key());
                    try (var rows = byConcern.executeQuery()) {
                        rows.next();
                        int count = rows.getInt(1);
                        Outcome outcome = outcomes.get(s.key());
                        if (outcome != null && outcome.acknowledged()) {
                            assertThat(count).as("requests for acknowledged key %s", s.key()).isEqualTo(1);
                        } else {
                            assertThat(count).as("requests for unacknowledged key %s", s.key()).isLessThanOrEqualTo(1);
                        }
                    }
                }
            }
        }
        int total = 0;
        for (Submission s : submissions) {
            List<String> codes = stored.getOrDefault(s.key(), List.of());
            assertThat(codes.size()).as("rows for key %s", s.key()).isLessThanOrEqualTo(1);
            Outcome outcome = outcomes.get(s.key());
            if (outcome != null && outcome.acknowledged()) {
                assertThat(codes).as("acknowledged key %s", s.key()).containsExactly(outcome.receiptCode());
            }
            total += codes.size();
        }
        return total;
    }

    // ---- helpers ------------------------------------------------------------------------------

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static Map<Integer, Long> countByStatus(Map<String, Outcome> outcomes) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        outcomes.values().forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    static double pct(long[] sortedNanos, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    void line(String format, Object... args) {
        String text = args.length == 0 ? format : format.formatted(args);
        report.add(text);
        System.out.println(text);
    }

    void writeReport() throws IOException {
        Path out = Path.of("bench/results/help-requests.md");
        Files.createDirectories(out.getParent());
        List<String> head = List.of("# Help requests benchmark, " + Instant.now(), "",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                        + Files.readString(Path.of("/proc/loadavg")).strip() + ", Java " + System.getProperty("java.version"),
                "");
        List<String> all = new ArrayList<>(head);
        all.addAll(report);
        Files.write(out, all);
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var paths = Files.walk(dir)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
