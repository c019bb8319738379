package org.minyi.platform.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Reports taken through their whole life while the faults happen, in two ways by turns. Sent to two
 * leaders: a member submits, the committee claims and adopts, the office sends it to the county head and a
 * deputy head, the county head instructs a lead and a supporting unit, the leaders' secretariat records the
 * deputy head's instruction naming the lead unit again and a third unit (the lead's task is merged, the
 * third gets its own), every unit feeds back, the office closes. Transferred (转送): adopted, then the office
 * transfers it straight to a lead and a supporting unit, who feed back, and the office closes. Each step is
 * retried through the faults until the owning service shows it done — a request whose answer was lost may
 * have been applied, so every attempt first reads whether it already was. The oracle then checks that each
 * status, task, point and notice of these reports exists exactly as often as it should.
 */
final class Journeys implements AutoCloseable {

    /** The ways a driven report goes, each with the statuses it passes in order (a status may recur). */
    enum Kind {
        SENT_TO_TWO_LEADERS(List.of("SUBMITTED", "ROUTED", "UNDER_REVIEW", "ADOPTED", "SENT_TO_LEADERS", "INSTRUCTED",
                "IN_HANDLING", "INSTRUCTED", "IN_HANDLING", "HANDLED", "CLOSED")),
        TRANSFERRED(List.of("SUBMITTED", "ROUTED", "UNDER_REVIEW", "ADOPTED", "FORWARDED", "IN_HANDLING", "HANDLED",
                "CLOSED"));

        final List<String> path;

        Kind(List<String> path) {
            this.path = path;
        }
    }

    /** Every unit a driven report may go to; the third only by the second leader's instruction. */
    static final List<String> UNITS = List.of("transport", "finance", "housing-construction");
    static final String FIRST_LEADER = "county-head";
    static final String SECOND_LEADER = "deputy-head-urban";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** A member who submits driven reports, from its own township. */
    record Author(String code, String township) {
    }

    /**
     * One driven report: its author, its kind, how far along its path its driver saw it done (an index of
     * {@code kind.path}), and why it stopped if it did.
     */
    record Journey(String reportId, String member, Kind kind, int reached, String stoppedBy) {

        /** The statuses it passed, in order. */
        List<String> path() {
            return kind.path.subList(0, reached + 1);
        }

        String reachedStatus() {
            return kind.path.get(reached);
        }

        /** How many times it entered each status. */
        Map<String, Integer> statusCounts() {
            return occurrences(path());
        }

        /** The units that must hold a task of it by now. */
        List<String> units() {
            int handlings = statusCounts().getOrDefault("IN_HANDLING", 0);
            return handlings == 0 ? List.of() : handlings == 1 ? UNITS.subList(0, 2) : UNITS;
        }

        Journey at(int index) {
            return new Journey(reportId, member, kind, Math.max(reached, index), stoppedBy);
        }

        Journey stopped(String why) {
            return new Journey(reportId, member, kind, reached, why);
        }
    }

    /** How often each entry occurs in {@code list}. */
    static Map<String, Integer> occurrences(List<String> list) {
        Map<String, Integer> counts = new HashMap<>();
        list.forEach(entry -> counts.merge(entry, 1, Integer::sum));
        return counts;
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
        Kind kind = n % 2 == 1 ? Kind.SENT_TO_TWO_LEADERS : Kind.TRANSFERRED;
        String id = submit(author, kind, n);
        if (id == null) {
            return;
        }
        try {
            new Driven(id).go();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            journeys.computeIfPresent(id, (k, j) -> j.stopped("interrupted"));
        }
    }

    /** One submission, not retried: a lost answer is a report nobody was promised. */
    private String submit(Author author, Kind kind, int n) {
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
            journeys.put(id, new Journey(id, member, kind, 0, null));
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

        private static final Set<String> HANDED_ON = Set.of("FORWARDED", "IN_HANDLING", "HANDLED", "CLOSED");

        private final String id;
        private String committee;

        Driven(String id) {
            this.id = id;
        }

        void go() throws InterruptedException {
            Kind kind = journeys.get(id).kind();
            if (!step(1, () -> !(committee = read("office", "/api/review/reports/" + id)
                    .path("committee").asString("")).isEmpty(), () -> false)) {
                return;
            }
            String reviewer = "reviewer-" + committee;
            if (!step(2, () -> reviewPast("ROUTED"),
                    () -> post(reviewer, "/api/review/reports/" + id + "/claim", null))) {
                return;
            }
            if (!step(3, () -> reviewPast("UNDER_REVIEW"), () -> post(reviewer,
                    "/api/review/reports/" + id + "/decision",
                    Map.of("decision", "ADOPT", "grade", "B", "comment", "故障演练：采用")))) {
                return;
            }
            String deadline = LocalDate.now().plusDays(30).toString();
            boolean handedOn = kind == Kind.SENT_TO_TWO_LEADERS ? instructedTwice(deadline) : transferred(deadline);
            if (!handedOn) {
                return;
            }
            int handled = kind.path.indexOf("HANDLED");
            List<String> units = journeys.get(id).units();
            for (String unit : units) {
                if (!step(-1, () -> taskOf(unit).path("status").asString().equals("FED_BACK"),
                        () -> post("unit-" + unit, "/api/handling/tasks/" + taskOf(unit).path("id").asString()
                                + "/feedback", Map.of("result", "A", "text", "已按批示办结。")))) {
                    return;
                }
            }
            if (!step(handled, () -> Set.of("HANDLED", "CLOSED").contains(handling().path("status").asString()),
                    () -> false)) {
                return;
            }
            step(handled + 1, () -> "CLOSED".equals(handling().path("status").asString()),
                    () -> post("office", "/api/handling/reports/" + id + "/close", null));
        }

        /** To the county head and a deputy head; both instruct, the second through the secretariat. */
        private boolean instructedTwice(String deadline) throws InterruptedException {
            if (!step(4, () -> reviewPast("ADOPTED"), () -> post("office", "/api/review/reports/" + id
                    + "/send-to-leaders", Map.of("leaders", List.of(FIRST_LEADER, SECOND_LEADER))))) {
                return false;
            }
            String first = "leader-" + FIRST_LEADER;
            if (!step(5, () -> instructions(first) >= 1, () -> instructions(first) >= 0
                    && post(first, "/api/leadership/reports/" + id + "/instructions", Map.of(
                    "level", "COUNTY", "text", "请交通运输局牵头、财政局配合办理。",
                    "units", List.of(Map.of("unit", UNITS.get(0), "role", "LEAD", "deadline", deadline),
                            Map.of("unit", UNITS.get(1), "role", "SUPPORT", "deadline", deadline)))))) {
                return false;
            }
            if (!step(6, () -> handling().path("tasks").size() == 2, () -> false)) {
                return false;
            }
            if (!step(7, () -> instructions("leader") >= 2, () -> post("leader", "/api/leadership/reports/" + id
                    + "/instructions", Map.of("leader", SECOND_LEADER, "text", "请住建局配合交通运输局一并研究站点建设。",
                    "units", List.of(Map.of("unit", UNITS.get(0), "role", "LEAD", "deadline", deadline),
                            Map.of("unit", UNITS.get(2), "role", "SUPPORT", "deadline", deadline)))))) {
                return false;
            }
            return step(8, () -> handling().path("tasks").size() == UNITS.size()
                    && "IN_HANDLING".equals(handling().path("status").asString()), () -> false);
        }

        /** 转送: straight from adoption to a lead and a supporting unit, without the leaders. */
        private boolean transferred(String deadline) throws InterruptedException {
            if (!step(4, () -> HANDED_ON.contains(status("office", "/api/review/reports/" + id)),
                    () -> post("office", "/api/review/reports/" + id + "/transfer", Map.of(
                            "note", "请交通运输局牵头、财政局配合研究办理，并将结果反馈县政协办公室。",
                            "units", List.of(Map.of("unit", UNITS.get(0), "role", "LEAD", "deadline", deadline),
                                    Map.of("unit", UNITS.get(1), "role", "SUPPORT", "deadline", deadline)))))) {
                return false;
            }
            return step(5, () -> handling().path("tasks").size() == 2, () -> false);
        }

        /**
         * Reads whether the step is done; if not, acts and reads again, until it is or patience runs out.
         * An answer of 409 (the state moved on or has not arrived yet) or a fault is tried again. A step
         * done moves the journey to {@code index} of its path (-1: a step off the path, a unit's feedback).
         */
        private boolean step(int index, Check done, Act act) throws InterruptedException {
            Journey journey = journeys.get(id);
            String target = index >= 0 ? index + " " + journey.kind().path.get(index) : "feedback";
            Instant deadline = Instant.now().plus(patience);
            long pause = 250;
            String last = "no answer";
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (done.check()) {
                        if (index >= 0) {
                            journeys.computeIfPresent(id, (k, j) -> j.at(index));
                        }
                        return true;
                    }
                    act.act();
                } catch (Refused refused) {
                    journeys.computeIfPresent(id, (k, j) -> j.stopped(target + ": " + refused.getMessage()));
                    return false;
                } catch (IOException | RuntimeException e) {
                    last = e.toString();
                }
                Thread.sleep(pause);
                pause = Math.min(2000, pause * 2);
            }
            String why = target + " not done within " + patience.toSeconds() + " s (" + last + ")";
            journeys.computeIfPresent(id, (k, j) -> j.stopped(why));
            return false;
        }

        /** Whether committee-review holds the report and has taken it past {@code status}. */
        private boolean reviewPast(String status) throws IOException, InterruptedException {
            String now = status("office", "/api/review/reports/" + id);
            List<String> order = List.of("ROUTED", "UNDER_REVIEW", "ADOPTED", "PUBLISHED", "SENT_TO_LEADERS");
            return now != null && (!order.contains(now) || order.indexOf(now) > order.indexOf(status));
        }

        /** How many instructions the report has, as {@code principal} reads it; -1 while it cannot see it. */
        private int instructions(String principal) throws IOException, InterruptedException {
            JsonNode item = read(principal, "/api/leadership/reports/" + id);
            return item.has("instructions") ? item.path("instructions").size() : -1;
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
