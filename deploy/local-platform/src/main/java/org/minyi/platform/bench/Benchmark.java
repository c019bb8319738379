package org.minyi.platform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.minyi.platform.LocalPlatform;
import org.minyi.platform.PlatformSettings;
import org.minyi.platform.client.GatewayClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's benchmark: the maximum sustainable throughput from {@code POST /api/reports} to the
 * dashboard (through intake, routing and the review queue), end-to-end latency percentiles at fractions
 * of it, latency per stage, the lag-drain rate after a consumer outage, memory and start-to-ready
 * time — each beside the raw broker and database baselines on the same machine.
 */
public final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
    private static final List<String> TOWNSHIPS = List.of("chengguan", "hekou", "xinji", "baisha", "longquan",
            "shiqiao", "liulin", "sanhe", "qingshan", "shuangmiao", "mafang", "taoyuan", "xishan", "nanhu", "zaolin",
            "xinghua", "gaoling", "huangtupo", "qingquan");

    /** How long each phase runs; {@link #QUICK} is the smoke form CI runs. */
    public record Plan(Duration warmUp, List<Integer> rates, Duration step, Duration latencyRun, Duration grace,
                       Duration outage, boolean baselines, boolean replay) {

        public static final Plan FULL = new Plan(Duration.ofSeconds(20),
                List.of(5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 300, 500), Duration.ofSeconds(20),
                Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(60), true, true);

        public static final Plan QUICK = new Plan(Duration.ofSeconds(2), List.of(5, 10), Duration.ofSeconds(4),
                Duration.ofSeconds(4), Duration.ofSeconds(15), Duration.ZERO, false, false);
    }

    /** What one constant-rate run measured. */
    public record Run(double rate, int submitted, int accepted, int failed, int arrived, Histogram endToEnd,
                      Histogram intake, Histogram routing, Histogram dashboard, LocalPlatform.DatabaseActivity database) {

        /** Database write commands per accepted report during the run (every service's writes for it). */
        double writesPerReport() {
            return accepted == 0 ? 0 : database.writes() / (double) accepted;
        }

        /** Commits to the database file per accepted report: below the writes where commits were shared. */
        double commitsPerReport() {
            return accepted == 0 ? 0 : database.commits() / (double) accepted;
        }


        boolean sustained() {
            return accepted > 0 && failed * 100 <= submitted && arrived == accepted
                    && endToEnd.getValueAtPercentile(99) <= 2_000_000;
        }

        double throughput(Duration length) {
            return arrived / (double) length.toSeconds();
        }
    }

    /** Everything the benchmark found, as printed and written. */
    public record Result(Duration readyAfter, Map<String, Long> residentKilobytes, List<Run> steps, double maximum,
                         List<Run> latencies, String lagDrain, String replay, Map<String, Double> baselines,
                         String markdown) {
    }

    private final LocalPlatform platform;
    private final GatewayClient client;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);

    public Benchmark(LocalPlatform platform) {
        this.platform = platform;
        this.client = new GatewayClient(platform.settings().gatewayUrl(), Duration.ofSeconds(5));
    }

    public Result run(Plan plan) throws Exception {
        List<OpenLoad.Station> stations = new ArrayList<>();
        for (String township : TOWNSHIPS) {
            stations.add(new OpenLoad.Station(township, client.token("station-" + township)));
        }
        OpenLoad load = new OpenLoad(client, stations, serial);
        try (DashboardStream stream = new DashboardStream(client, client.token("viewer"))) {
            log.info("Warming up for {} s", plan.warmUp().toSeconds());
            measure(load, stream, 10, plan.warmUp(), plan.grace());

            List<Run> steps = new ArrayList<>();
            double maximum = 0;
            for (int rate : plan.rates()) {
                Run run = measure(load, stream, rate, plan.step(), plan.grace());
                steps.add(run);
                log.info("{} reports/s offered: {} of {} accepted reached the dashboard, p99 {} ms — {}", rate,
                        run.arrived(), run.accepted(), millis(run.endToEnd(), 99), run.sustained() ? "sustained" : "NOT sustained");
                if (!run.sustained()) {
                    break;
                }
                maximum = Math.max(maximum, run.throughput(plan.step()));
            }

            List<Run> latencies = new ArrayList<>();
            if (maximum > 0) {
                for (double fraction : new double[] {0.25, 0.50, 0.75, 0.90}) {
                    double rate = Math.max(1, maximum * fraction);
                    Run run = measure(load, stream, rate, plan.latencyRun(), plan.grace());
                    latencies.add(run);
                    log.info("{} % of maximum ({} reports/s): p50 {} ms, p99 {} ms", (int) (fraction * 100),
                            String.format(Locale.ROOT, "%.0f", rate), millis(run.endToEnd(), 50), millis(run.endToEnd(), 99));
                }
            }

            String lagDrain = plan.outage().isZero() || maximum == 0 ? "not measured in this run"
                    : lagDrain(load, stream, maximum * 0.5, plan.outage(), plan.grace());

            String replay = plan.replay() ? replay() : "not measured in this run";

            Map<String, Double> baselines = plan.baselines() ? baselines() : Map.of();
            Map<String, Long> resident = platform.residentKilobytes();
            String markdown = Report.markdown(platform.readyAfter(), resident, steps, maximum, latencies, lagDrain,
                    replay, baselines, plan);
            return new Result(platform.readyAfter(), resident, steps, maximum, latencies, lagDrain, replay, baselines,
                    markdown);
        }
    }

    /** Offers {@code rate} reports/s for {@code length}, then waits for the stragglers. */
    Run measure(OpenLoad load, DashboardStream stream, double rate, Duration length, Duration grace)
            throws InterruptedException {
        LocalPlatform.DatabaseActivity before = platform.databaseActivity();
        List<OpenLoad.Submission> submissions = load.run(rate, length);
        List<OpenLoad.Submission> accepted = submissions.stream().filter(OpenLoad.Submission::accepted).toList();
        Instant deadline = Instant.now().plus(grace);
        while (Instant.now().isBefore(deadline) && accepted.stream().anyMatch(s -> stream.routed(s.reportId()) == null)) {
            Thread.sleep(100);
        }
        Histogram endToEnd = histogram();
        Histogram intake = histogram();
        Histogram routing = histogram();
        Histogram dashboard = histogram();
        int arrived = 0;
        for (OpenLoad.Submission submission : accepted) {
            DashboardStream.Arrival routed = stream.routed(submission.reportId());
            if (routed == null) {
                continue;
            }
            arrived++;
            endToEnd.recordValue(micros(routed.arrivedNanos() - submission.dueNanos()));
            DashboardStream.Arrival submitted = stream.submitted(submission.reportId());
            if (submitted != null && submitted.occurredAt() != null && routed.occurredAt() != null) {
                long routingMicros = Duration.between(submitted.occurredAt(), routed.occurredAt()).toNanos() / 1000;
                routing.recordValue(Math.max(0, routingMicros));
                long dashboardMicros = micros(routed.arrivedNanos() - submission.dueNanos()) - routingMicros
                        - micros(submission.answeredNanos() - submission.dueNanos());
                dashboard.recordValue(Math.max(0, dashboardMicros));
            }
            intake.recordValue(micros(submission.answeredNanos() - submission.dueNanos()));
        }
        int failed = submissions.size() - accepted.size();
        return new Run(rate, submissions.size(), accepted.size(), failed, arrived, endToEnd, intake, routing, dashboard,
                platform.databaseActivity().since(before));
    }

    /** Stops the dashboard while reports keep coming, starts it again and times how fast it catches up. */
    private String lagDrain(OpenLoad load, DashboardStream stream, double rate, Duration outage, Duration grace)
            throws Exception {
        log.info("Lag drain: the dashboard stops for {} s while {} reports/s keep coming", outage.toSeconds(),
                String.format(Locale.ROOT, "%.0f", rate));
        platform.stop("dashboard", true);
        List<OpenLoad.Submission> during = load.run(rate, outage);
        long restarted = System.nanoTime();
        platform.startAgain("dashboard");
        long healthy = System.nanoTime();
        List<String> ids = during.stream().filter(OpenLoad.Submission::accepted).map(OpenLoad.Submission::reportId).toList();
        Instant deadline = Instant.now().plus(grace.multipliedBy(6));
        while (Instant.now().isBefore(deadline) && ids.stream().anyMatch(id -> stream.routed(id) == null)) {
            Thread.sleep(100);
        }
        long last = ids.stream().map(stream::routed).filter(a -> a != null).mapToLong(DashboardStream.Arrival::arrivedNanos)
                .max().orElse(healthy);
        long missing = ids.stream().filter(id -> stream.routed(id) == null).count();
        double drainSeconds = Math.max(0.001, (last - healthy) / 1e9);
        return String.format(Locale.ROOT, "%d reports accumulated during a %d s outage; the dashboard was healthy "
                        + "%.1f s after its restart and caught up %.1f s later: %.0f reports/s drained%s",
                ids.size(), outage.toSeconds(), (healthy - restarted) / 1e9, drainSeconds, ids.size() / drainSeconds,
                missing == 0 ? "" : " (" + missing + " still missing)");
    }

    /**
     * Rewinds the dashboard's consumer group to offset 0 ({@code POST /api/dashboard/replay}) and times how fast it
     * reads every event of its topics again: from the request until the group's committed offsets reach the ends
     * the topics had when it was asked.
     */
    private String replay() throws Exception {
        String group = "dashboard";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.settings().kafkaBootstrapServers()))) {
            Set<TopicPartition> partitions = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .keySet();
            Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
            long events = partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum();
            log.info("Replay: the dashboard's group rewound to offset 0 over {} events of {} partitions", events,
                    partitions.size());
            long asked = System.nanoTime();
            HttpResponse<String> answer = client.post(client.token("office"), "/api/dashboard/replay", "{}",
                    Duration.ofSeconds(60));
            if (answer.statusCode() != 202) {
                return "refused: " + answer.statusCode() + " " + answer.body();
            }
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            long behind = events;
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                behind = partitions.stream().mapToLong(p -> {
                    OffsetAndMetadata at = committed.get(p);
                    return Math.max(0, ends.get(p) - (at == null ? starts.get(p) : at.offset()));
                }).sum();
                if (behind == 0) {
                    break;
                }
                Thread.sleep(200);
            }
            double seconds = Math.max(0.001, (System.nanoTime() - asked) / 1e9);
            return String.format(Locale.ROOT, "%d events on %d partitions read again from offset 0 in %.1f s: "
                            + "**%.0f events/s**%s", events - behind, partitions.size(), seconds,
                    (events - behind) / seconds, behind == 0 ? "" : " (" + behind + " still behind after 10 minutes)");
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Set<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        partitions.forEach(p -> wanted.put(p, spec));
        Map<TopicPartition, Long> found = new HashMap<>();
        admin.listOffsets(wanted).all().get().forEach((p, info) -> found.put(p, info.offset()));
        return found;
    }

    private Map<String, Double> baselines() throws Exception {
        String bootstrap = platform.settings().kafkaBootstrapServers();
        log.info("Baselines: Kafka ProducerPerformance / ConsumerPerformance and MongoDB inserts and updates");
        // the broker creates no topic on its own: one like the platform's, with as many partitions
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic("benchmark-baseline", platform.settings().partitions(), (short) 1)))
                    .all().get();
        }
        double produced = Baselines.kafkaProduce(bootstrap, "benchmark-baseline", 200_000, 1200);
        double consumed = Baselines.kafkaConsume(bootstrap, "benchmark-baseline", 200_000);
        Map<String, Double> mongo = Baselines.mongo(platform.settings().mongoUri(), 2_000, 8);
        return Map.of("kafka.produce", produced, "kafka.consume", consumed, "mongo.insert", mongo.get("insert"),
                "mongo.update", mongo.get("update"));
    }

    private static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    private static long micros(long nanos) {
        return Math.max(0, nanos / 1000);
    }

    static String millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? "-"
                : String.format(Locale.ROOT, "%.0f", histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    /** Starts the platform (or uses the one given) and writes the figures under the data folder. */
    public static Result runAndWrite(PlatformSettings settings, Plan plan) throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(settings.forLoadTests(), LocalPlatform.Mode.ALL)) {
            Result result = new Benchmark(platform).run(plan);
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault())
                    .format(Instant.now());
            Path file = settings.dataDirectory().resolve("benchmark-" + stamp + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, result.markdown(), StandardCharsets.UTF_8);
            log.info("\n{}\nWritten to {}", result.markdown(), file);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
