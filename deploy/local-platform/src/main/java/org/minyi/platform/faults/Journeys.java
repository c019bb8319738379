package org.minyi.platform.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.minyi.platform.client.GatewayClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports taken through their whole life while the faults happen: a member submits, the committee
 * claims and adopts, the office sends it to the leaders, a leader instructs a lead and a supporting
 * unit, both units feed back, the office closes. Each step is retried through the faults until the
 * owning service shows it done — a request whose answer was lost may have been applied, so every
 * attempt first reads whether it already was. The oracle then checks that each status, task, point
 * and notice of these reports exists exactly once.
 */
final class Journeys implements AutoCloseable {

    /** The statuses a driven report passes, in order. */
    static final List<String> PATH = List.of("SUBMITTED", "ROUTED", "UNDER_REVIEW", "ADOPTED", "SENT_TO_LEADERS",
            "INSTRUCTED", "IN_HANDLING", "HANDLED", "CLOSED");
    static final List<String> UNITS = List.of("transport", "finance");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** A member who submits driven reports, from its own township. */
    record Author(String code, String township) {
    }

    /** One driven report: its author, the last status its driver saw done, and why it stopped if it did. */
    record Journey(String reportId, String member, String reached, String stoppedBy) {
    }

    private final GatewayClient client;
    private final Function<String, String> tokens;
    private final List<Author> members;
    private final Duration patience;
    // daemon threads, like the steady load's: a suite that fails half-way must not keep its JVM alive
    private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(Journeys::daemon);
    private final ExecutorService drivers = Executors.newFixedThreadPool(12, Journeys::daemon);
    private final Map<String, Journey> journeys = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();

    /**
     * Starts one journey every {@code every} until closed.
     *
     * @param members  members who submit in turn
     * @param tokens   a bearer token for a principal name ({@code member-m0001}, {@code office}, …)
     * @param patience how long one step may take before the journey counts as stuck
     */
    Journeys(GatewayClient client, List<Author> members, Function<String, String> tokens, Duration every,
             Duration patience) {
        this.client = client;
        this.members = members;
        this.tokens = tokens;
        this.patience = patience;
        starter.scheduleAtFixedRate(() -> drivers.execute(this::drive), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops starting journeys; the ones under way go on. */
    void stopStarting() {
        starter.shutdownNow();
    }

    /** Waits until every journey under way has ended, at most {@code atMost}; true when all did. */
    boolean awaitEnd(Duration atMost) throws InterruptedException {
        stopStarting();
        drivers.shutdown();
        return drivers.awaitTermination(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every report a member submitted and got 201 for, with how far its driver took it. */
    Map<String, Journey> journeys() {
        return Map.copyOf(journeys);
    }

    @Override
    public void close() {
        starter.shutdownNow();
        drivers.shutdownNow();
    }

    private void drive() {
        int n = started.incrementAndGet();
        Author author = members.get(n % members.size());
        String member = author.code();
        String id = submit(author, n);
        if (id == null) {
            return;
        }
        try {
            new Driven(id, member).go();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            journeys.computeIfPresent(id, (k, j) -> new Journey(id, member, j.reached(), "interrupted"));
        }
    }

    /** One submission, not retried: a lost answer is a report nobody was promised. */
    private String submit(Author author, int n) {
        String member = author.code();
        String township = author.township();
        String body = JSON.writeValueAsString(Map.of(
                "title", "关于" + township + "农村客运班线停运的建议（全程演练" + n + "）",
                "category", "DAILY_LIFE", "domain", "transport", "township", township,
                "authors", List.of(member), "urgent", false,
                "situation", "部分农村客运班线因客流不足停运，沿线群众出行困难。",
                "suggestions", "建议县交通运输局优化补贴机制，推行预约响应式公交。"));
        try {
            HttpResponse<String> answer = client.post(tokens.apply("member-" + member), "/api/reports", body, TIMEOUT);
            if (answer.statusCode() != 201) {
                return null;
            }
            String id = JSON.readTree(answer.body()).path("id").asString();
            journeys.put(id, new Journey(id, member, "SUBMITTED", null));
            return id;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The steps of one report, each retried until the owning service shows it done. */
    private final class Driven {

        private final String id;
        private final String member;
        private String committee;

        Driven(String id, String member) {
            this.id = id;
            this.member = member;
        }

        void go() throws InterruptedException {
            if (!step("ROUTED", () -> !(committee = read("office", "/api/review/reports/" + id)
                    .path("committee").asString("")).isEmpty(), () -> false)) {
                return;
            }
            String reviewer = "reviewer-" + committee;
            if (!step("UNDER_REVIEW", () -> reviewAtLeast("UNDER_REVIEW"),
                    () -> post(reviewer, "/api/review/reports/" + id + "/claim", null))) {
                return;
            }
            if (!step("ADOPTED", () -> reviewAtLeast("ADOPTED"), () -> post(reviewer,
                    "/api/review/reports/" + id + "/decision",
                    Map.of("decision", "ADOPT", "grade", "B", "comment", "故障演练：采用")))) {
                return;
            }
            if (!step("SENT_TO_LEADERS", () -> reviewAtLeast("SENT_TO_LEADERS"),
                    () -> post("office", "/api/review/reports/" + id + "/send-to-leaders", null))) {
                return;
            }
            String deadline = LocalDate.now().plusDays(30).toString();
            if (!step("INSTRUCTED", () -> atLeast(status("leader", "/api/leadership/reports/" + id), "INSTRUCTED"),
                    () -> status("leader", "/api/leadership/reports/" + id) != null
                            && post("leader", "/api/leadership/reports/" + id + "/instructions", Map.of(
                            "leader", "县长 李明", "level", "COUNTY", "text", "请交通运输局牵头、财政局配合办理。",
                            "units", List.of(Map.of("unit", UNITS.get(0), "role", "LEAD", "deadline", deadline),
                                    Map.of("unit", UNITS.get(1), "role", "SUPPORT", "deadline", deadline)))))) {
                return;
            }
            if (!step("IN_HANDLING", () -> handling().path("tasks").size() == UNITS.size(), () -> false)) {
                return;
            }
            for (String unit : UNITS) {
                if (!step("feedback of " + unit, () -> taskOf(unit).path("status").asString().equals("FED_BACK"),
                        () -> post("unit-" + unit, "/api/handling/tasks/" + taskOf(unit).path("id").asString()
                                + "/feedback", Map.of("result", "A", "text", "已按批示办结。")))) {
                    return;
                }
            }
            if (!step("HANDLED", () -> atLeast(handling().path("status").asString(), "HANDLED"), () -> false)) {
                return;
            }
            step("CLOSED", () -> "CLOSED".equals(handling().path("status").asString()),
                    () -> post("office", "/api/handling/reports/" + id + "/close", null));
        }

        /**
         * Reads whether {@code target} is done; if not, acts and reads again, until it is or patience
         * runs out. An answer of 409 (the state moved on or has not arrived yet) or a fault is tried again.
         */
        private boolean step(String target, Check done, Act act) throws InterruptedException {
            Instant deadline = Instant.now().plus(patience);
            long pause = 250;
            String last = "no answer";
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (done.check()) {
                        if (PATH.contains(target)) {
                            journeys.put(id, new Journey(id, member, target, null));
                        }
                        return true;
                    }
                    act.act();
                } catch (Refused refused) {
                    journeys.put(id, new Journey(id, member, journeys.get(id).reached(), target + ": " + refused.getMessage()));
                    return false;
                } catch (IOException | RuntimeException e) {
                    last = e.toString();
                }
                Thread.sleep(pause);
                pause = Math.min(2000, pause * 2);
            }
            journeys.put(id, new Journey(id, member, journeys.get(id).reached(),
                    target + " not done within " + patience.toSeconds() + " s (" + last + ")"));
            return false;
        }

        private boolean reviewAtLeast(String status) throws IOException, InterruptedException {
            return atLeast(status("office", "/api/review/reports/" + id), status);
        }

        private JsonNode handling() throws IOException, InterruptedException {
            return read("office", "/api/handling/reports/" + id);
        }

        private JsonNode taskOf(String unit) throws IOException, InterruptedException {
            for (JsonNode task : handling().path("tasks")) {
                if (task.path("unit").asString().equals(unit)) {
                    return task;
                }
            }
            return JSON.createObjectNode();
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "journey");
        thread.setDaemon(true);
        return thread;
    }

    private static boolean atLeast(String status, String target) {
        int at = status == null ? -1 : PATH.indexOf(status);
        return at >= 0 && at >= PATH.indexOf(target);
    }

    /** The {@code status} field of an object, or null while it does not exist (404) or cannot be read. */
    private String status(String principal, String path) throws IOException, InterruptedException {
        JsonNode node = read(principal, path);
        return node.has("status") ? node.path("status").asString() : null;
    }

    private JsonNode read(String principal, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.get(tokens.apply(principal), path, TIMEOUT);
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : JSON.createObjectNode();
    }

    /**
     * Acts; returns whether the answer was a success. 409, 404, 429 and 5xx are worth another try; any
     * other client error means the driver or the platform is wrong, and the journey stops.
     */
    private boolean post(String principal, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.post(tokens.apply(principal), path,
                body == null ? null : JSON.writeValueAsString(body), TIMEOUT);
        int code = answer.statusCode();
        if (code >= 400 && code < 500 && code != 404 && code != 409 && code != 429) {
            throw new Refused(path + " answered " + code + " " + answer.body());
        }
        return code < 300;
    }

    @FunctionalInterface
    private interface Check {
        boolean check() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface Act {
        boolean act() throws IOException, InterruptedException;
    }

    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
