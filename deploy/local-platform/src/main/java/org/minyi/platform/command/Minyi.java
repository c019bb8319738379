package org.minyi.platform.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.minyi.platform.LocalPlatform;
import org.minyi.platform.PlatformSettings;
import org.minyi.platform.bench.Benchmark;
import org.minyi.platform.faults.FaultSuite;
import org.minyi.platform.ops.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands behind {@code ./minyi}:
 * <pre>
 *   start [--data DIR] [--fresh]         the whole platform, until Ctrl-C
 *   infra [--data DIR] [--fresh]         Kafka (9092) and MongoDB (27017) only
 *   bench [--quick] [--data DIR]         the benchmark on a fresh platform
 *   faults [--reduced] [--data DIR]      the fault-injection suite on a fresh platform
 *   dead-letters SERVICE [--replay] [--kafka HOST:PORT]
 * </pre>
 * It uses the launcher ({@link LocalPlatform}) and the tools beside it; none of them uses it.
 */
public final class Minyi {

    private static final Logger log = LoggerFactory.getLogger(Minyi.class);

    private Minyi() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Path repository = Path.of(System.getProperty("minyi.repository", ".")).toAbsolutePath().normalize();
        if (arguments.contains("bench")) {
            Path data = Path.of(option(arguments, "--data", repository.resolve(".minyi-bench").toString()));
            LocalPlatform.wipe(data);
            Benchmark.runAndWrite(PlatformSettings.defaults(repository, data),
                    arguments.contains("--quick") ? Benchmark.Plan.QUICK : Benchmark.Plan.FULL);
            System.exit(0);
        } else if (arguments.contains("faults")) {
            System.exit(faults(arguments, repository));
        } else if (arguments.contains("dead-letters")) {
            System.exit(deadLetters(arguments));
        } else {
            LocalPlatform.Mode mode = arguments.contains("infra") ? LocalPlatform.Mode.INFRA : LocalPlatform.Mode.ALL;
            Path data = Path.of(option(arguments, "--data", repository.resolve(".minyi-data").toString()));
            LocalPlatform.runUntilStopped(mode, repository, data, arguments.contains("--fresh"));
        }
    }

    /** The fault-injection suite on a fresh platform; its verdict is the exit code. */
    private static int faults(List<String> arguments, Path repository) throws Exception {
        Path data = Path.of(option(arguments, "--data", repository.resolve(".minyi-faults").toString()));
        LocalPlatform.wipe(data);
        PlatformSettings settings = PlatformSettings.defaults(repository, data).forLoadTests();
        try (LocalPlatform platform = LocalPlatform.start(settings, LocalPlatform.Mode.ALL)) {
            FaultSuite.Result result = new FaultSuite(platform)
                    .run(arguments.contains("--reduced") ? FaultSuite.Plan.REDUCED : FaultSuite.Plan.FULL);
            Path file = data.resolve("faults.md");
            Files.writeString(file, result.markdown(), StandardCharsets.UTF_8);
            log.info("\n{}\nWritten to {}", result.markdown(), file);
            return result.verdict().kept() ? 0 : 1;
        }
    }

    /** Lists a service's dead letters with their errors, or replays them to the topics they came from. */
    private static int deadLetters(List<String> arguments) throws Exception {
        int at = arguments.indexOf("dead-letters");
        if (at + 1 >= arguments.size()) {
            log.error("usage: dead-letters SERVICE [--replay] [--kafka HOST:PORT]");
            return 2;
        }
        String service = arguments.get(at + 1);
        DeadLetters letters = new DeadLetters(option(arguments, "--kafka", "127.0.0.1:9092"));
        if (arguments.contains("--replay")) {
            log.info("Replayed {} dead letters of {} to the topics they came from", letters.replay(service), service);
        } else {
            List<DeadLetters.Letter> list = letters.list(service);
            for (DeadLetters.Letter letter : list) {
                log.info("{} from {} key {}: {} — {}", letter.offset(), letter.originalTopic(), letter.key(),
                        letter.exception(), letter.message());
            }
            log.info("{} dead letters in {}.dlt", list.size(), service);
        }
        return 0;
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
