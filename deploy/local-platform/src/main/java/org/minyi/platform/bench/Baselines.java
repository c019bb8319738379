package org.minyi.platform.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The raw capability of the same broker and database the platform runs on: Kafka's own
 * ProducerPerformance and ConsumerPerformance tools, and plain inserts and upserts with the MongoDB
 * driver, for records the size of a report.
 */
final class Baselines {

    private Baselines() {
    }

    /** records/s produced with acks=all and an idempotent producer, as the platform produces. */
    static double kafkaProduce(String bootstrap, String topic, int records, int recordSize) throws Exception {
        String out = JavaTool.run("org.apache.kafka.tools.ProducerPerformance", List.of(
                "--topic", topic, "--num-records", Integer.toString(records), "--record-size",
                Integer.toString(recordSize), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true", "linger.ms=5",
                "compression.type=lz4"));
        Matcher m = Pattern.compile("records sent, ([0-9.]+) records/sec").matcher(out);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("ProducerPerformance printed no summary:\n" + out);
        }
        return Double.parseDouble(last);
    }

    /** records/s consumed from the beginning of {@code topic}. */
    static double kafkaConsume(String bootstrap, String topic, int records) throws Exception {
        String out = JavaTool.run("org.apache.kafka.tools.ConsumerPerformance", List.of(
                "--bootstrap-server", bootstrap, "--topic", topic, "--messages", Integer.toString(records),
                "--timeout", "60000", "--reporting-interval", "100000"));
        // header then: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
        for (String line : out.split("\n")) {
            String[] cells = line.split(",\\s*");
            if (cells.length >= 6 && cells[0].matches("\\d{4}-.*")) {
                return Double.parseDouble(cells[5].trim());
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no summary:\n" + out);
    }

    /** documents/s inserted and upserted one at a time from {@code threads} threads. */
    static Map<String, Double> mongo(String uri, int documents, int threads) throws InterruptedException {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection = client.getDatabase("minyi_benchmark").getCollection("baseline");
            collection.drop();
            String text = "据联络员走访了解，本乡镇群众反映集中的问题，".repeat(20);
            double inserts = timed(documents, threads, i -> collection.insertOne(
                    new Document("_id", "r" + i).append("status", "SUBMITTED").append("sequence", 1L)
                            .append("text", text)));
            double upserts = timed(documents, threads, i -> collection.updateOne(
                    Filters.and(Filters.eq("_id", "r" + i), Filters.lt("sequence", 2L)),
                    Updates.combine(Updates.set("status", "ROUTED"), Updates.set("sequence", 2L)),
                    new UpdateOptions().upsert(false)));
            collection.drop();
            return Map.of("insert", inserts, "update", upserts);
        }
    }

    private static double timed(int documents, int threads, java.util.function.IntConsumer write)
            throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread worker = new Thread(() -> {
                for (int i = offset; i < documents; i += threads) {
                    write.accept(i);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return documents / ((System.nanoTime() - start) / 1e9);
    }

    /** Runs a main class of the launcher's own classpath in a JVM of its own and returns its output. */
    static final class JavaTool {

        private JavaTool() {
        }

        static String run(String mainClass, List<String> arguments) throws IOException, InterruptedException {
            String java = ProcessHandle.current().info().command().orElse("java");
            String classpath = System.getProperty("java.class.path");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
            if (classpath.endsWith(".jar") && !classpath.contains(File.pathSeparator)) {
                // inside the launcher's executable jar: let Spring Boot's launcher open its nested jars
                command.addAll(List.of("-Dloader.main=" + mainClass, "-cp", classpath,
                        "org.springframework.boot.loader.launch.PropertiesLauncher"));
            } else {
                command.addAll(List.of("-cp", classpath, mainClass));
            }
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " failed:\n" + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        }
    }
}
