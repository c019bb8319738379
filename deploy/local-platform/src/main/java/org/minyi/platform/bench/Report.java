package org.minyi.platform.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** The benchmark's figures as a Markdown section for docs/benchmarks.md. */
final class Report {

    private Report() {
    }

    static String markdown(Duration readyAfter, Map<String, Long> resident, List<Benchmark.Run> steps, double maximum,
                           List<Benchmark.Run> latencies, String lagDrain, String replay, Map<String, Double> baselines,
                           Benchmark.Plan plan) {
        StringBuilder md = new StringBuilder();
        md.append("### Run on ").append(machine()).append("\n\n");
        md.append(String.format(Locale.ROOT, "- Start to ready: **%.1f s** (launcher JVM start to every service healthy)%n",
                readyAfter.toMillis() / 1000.0));
        long total = resident.values().stream().mapToLong(Long::longValue).sum();
        md.append(String.format(Locale.ROOT, "- Resident memory after the load: **%d MB** in all (", total / 1024));
        md.append(String.join(", ", resident.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1024 + " MB").toList())).append(")\n");
        md.append(String.format(Locale.ROOT, "- Maximum sustainable throughput: **%.0f reports/s** from `POST /api/reports` "
                + "to the dashboard's stream (steps of %d s; sustained = every accepted report arrived, p99 ≤ 2 s, "
                + "≤ 1 %% refused)%n", maximum, plan.step().toSeconds()));
        if (baselines.containsKey("kafka.produce")) {
            md.append(String.format(Locale.ROOT, "- Beside the baselines: %.2f %% of raw Kafka produce (%.0f records/s), "
                            + "%.2f %% of raw MongoDB inserts (%.0f docs/s)%n",
                    100 * maximum / baselines.get("kafka.produce"), baselines.get("kafka.produce"),
                    100 * maximum / baselines.get("mongo.insert"), baselines.get("mongo.insert")));
        }
        steps.stream().filter(Benchmark.Run::sustained).reduce((first, second) -> second).ifPresent(best -> {
            if (baselines.containsKey("mongo.insert")) {
                double writesPerSecond = best.writesPerReport() * best.throughput(plan.step());
                md.append(String.format(Locale.ROOT, "- The database at the highest sustained step: %.0f write "
                                + "commands/s (%.1f per report), %.0f %% of the raw insert baseline%n", writesPerSecond,
                        best.writesPerReport(), 100 * writesPerSecond / baselines.get("mongo.insert")));
            }
        });
        md.append("- Lag drain: ").append(lagDrain).append("\n");
        md.append("- Replay (the dashboard's consumer group rewound to offset 0): ").append(replay).append("\n\n");

        md.append("| offered reports/s | accepted | reached dashboard | p50 ms | p99 ms | sustained | database writes "
                + "per report | commits per report |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: |\n");
        for (Benchmark.Run run : steps) {
            md.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %s | %s | %s | %.1f | %.1f |%n", run.rate(),
                    run.accepted(), run.arrived(), Benchmark.millis(run.endToEnd(), 50),
                    Benchmark.millis(run.endToEnd(), 99), run.sustained() ? "yes" : "no", run.writesPerReport(),
                    run.commitsPerReport()));
        }
        md.append("\n(database writes = every insert, update, delete and findAndModify command any service sent while "
                + "the step ran and its stragglers arrived, per accepted report; a bulk write counts once. Commits = "
                + "the H2 file's commits, each shared by every write that arrived before it started.)\n\n");
        if (!latencies.isEmpty()) {
            md.append("\nEnd-to-end latency (from each report's scheduled time, so queueing counts) and per stage:\n\n");
            md.append("| load | reports/s | p50 | p95 | p99 | p99.9 | max | intake p99 | routing p99 | to dashboard p99 |\n");
            md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            String[] labels = {"25 %", "50 %", "75 %", "90 %"};
            for (int i = 0; i < latencies.size(); i++) {
                Benchmark.Run run = latencies.get(i);
                Histogram h = run.endToEnd();
                md.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s |%n", labels[i],
                        run.rate(), Benchmark.millis(h, 50), Benchmark.millis(h, 95), Benchmark.millis(h, 99),
                        Benchmark.millis(h, 99.9), Benchmark.millis(h, 100), Benchmark.millis(run.intake(), 99),
                        Benchmark.millis(run.routing(), 99), Benchmark.millis(run.dashboard(), 99)));
            }
            md.append("\n(milliseconds; intake = the answer to `POST /api/reports` through the gateway; routing = "
                    + "SUBMITTED to ROUTED as stamped by the services; to dashboard = the rest, until the ROUTED event "
                    + "arrived on the dashboard's stream)\n");
        }
        if (!baselines.isEmpty()) {
            md.append("\nBaselines on the same broker and database:\n\n| what | rate |\n| --- | ---: |\n");
            md.append(String.format(Locale.ROOT, "| Kafka ProducerPerformance, 1,200-byte records, acks=all, idempotent | %.0f records/s |%n",
                    baselines.get("kafka.produce")));
            md.append(String.format(Locale.ROOT, "| Kafka ConsumerPerformance, same records | %.0f records/s |%n",
                    baselines.get("kafka.consume")));
            md.append(String.format(Locale.ROOT, "| MongoDB-wire inserts, ~1 KB documents, 8 threads, 2,000 documents | %.0f docs/s |%n",
                    baselines.get("mongo.insert")));
            md.append(String.format(Locale.ROOT, "| MongoDB-wire conditional updates (`_id` and `sequence`), 8 threads, 2,000 documents | %.0f docs/s |%n",
                    baselines.get("mongo.update")));
        }
        return md.toString();
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%d cores, %d GB, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                totalMemoryGigabytes(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
    }

    private static long totalMemoryGigabytes() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return Math.round(sun.getTotalMemorySize() / 1024.0 / 1024 / 1024);
        }
        return 0;
    }
}
