package fi.perhekeskus.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The closed-loop load of the benchmarks in bench/: {@code concurrency} clients, each sending its next
 * request as soon as the previous answered, until the window ends. Only 127.0.0.1 is ever addressed by
 * the callers' requests; the loop stops by itself.
 */
public final class LoadDriver {

    /** Builds the request a client sends; {@code sequence} counts all requests of the run. */
    @FunctionalInterface
    public interface Requests {
        HttpRequest.Builder next(int client, int sequence);
    }

    private LoadDriver() {}

    /**
     * Runs the load; the latency in microseconds of every 200 answer goes to {@code times} (null: warm-up).
     *
     * @return how many requests failed (another status or an I/O error)
     */
    public static int run(int concurrency, Duration window, Requests requests, List<Long> times) throws Exception {
        long end = System.nanoTime() + window.toNanos();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                int clientNo = c;
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest request = requests.next(clientNo, sequence.getAndIncrement())
                                .timeout(Duration.ofSeconds(30)).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            long micros = (System.nanoTime() - t0) / 1_000;
                            if (response.statusCode() != 200) errors.incrementAndGet();
                            else if (times != null) times.add(micros);
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) f.get();
        }
        return errors.get();
    }
}
