package org.minyi.platform.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.minyi.platform.client.GatewayClient;

/**
 * Submits reports at a constant arrival rate (an open model): each submission is scheduled at its
 * own time whether or not earlier ones have been answered, and its latency counts from that
 * scheduled time — so a slow platform cannot hide its slowness by slowing the load (no coordinated
 * omission).
 */
final class OpenLoad {

    /** One submission: when it was due, when it was answered, how, and the report it created. */
    record Submission(long dueNanos, long answeredNanos, int status, String reportId) {

        boolean accepted() {
            return status == 201;
        }
    }

    private static final String[] CATEGORIES = {"DAILY_LIFE", "HARD_PROBLEM", "DECISION_ADVICE", "EMERGING_RISK",
            "MAJOR_EVENT", "STABILITY_RISK"};
    private static final String[] DOMAINS = {"transport", "education", "health", "agriculture", "urban",
            "social-security", "environment", "culture", "governance", "economy"};
    private static final String[] SUBJECTS = {"农村客运班线", "乡镇卫生院人才", "老旧小区加装电梯", "高标准农田管护",
            "中小学课后服务", "养老服务中心运营", "河道垃圾清理", "农村电商物流", "城乡供水一体化", "基层治理网格"};

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final GatewayClient client;
    private final List<Station> stations;
    private final AtomicLong serial;

    OpenLoad(GatewayClient client, List<Station> stations, AtomicLong serial) {
        this.client = client;
        this.stations = stations;
        this.serial = serial;
    }

    /** A liaison station as a load source: its township and its token. */
    record Station(String township, String token) {
    }

    List<Submission> run(double perSecond, Duration duration) {
        long period = (long) (1_000_000_000L / perSecond);
        long count = (long) (perSecond * duration.toSeconds());
        List<Submission> answered = new CopyOnWriteArrayList<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime() + 10_000_000L;
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long n = serial.incrementAndGet();
            Station station = stations.get((int) (n % stations.size()));
            pending.add(client.submit(station.token(), body(station.township(), n), TIMEOUT, null).handle((response, failure) -> {
                long now = System.nanoTime();
                if (failure != null) {
                    answered.add(new Submission(due, now, -1, null));
                } else {
                    String id = response.statusCode() == 201
                            ? GatewayClient.JSON.readTree(response.body()).path("id").asString() : null;
                    answered.add(new Submission(due, now, response.statusCode(), id));
                }
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the answers that did come are counted; the rest count as failed below
        }
        return List.copyOf(answered);
    }

    static String body(String township, long n) {
        String subject = SUBJECTS[(int) (n % SUBJECTS.length)];
        return GatewayClient.JSON.writeValueAsString(Map.of(
                "title", "关于" + subject + "问题的建议（压测" + n + "）",
                "category", CATEGORIES[(int) (n % CATEGORIES.length)],
                "domain", DOMAINS[(int) (n % DOMAINS.length)],
                "township", township,
                "authors", List.of(),
                "urgent", n % 10 == 0,
                "situation", "据联络员走访了解，本乡镇" + subject + "方面存在群众反映集中的问题，涉及多个行政村，"
                        + "近一个月来群众来电来访" + (n % 50 + 3) + "次。问题主要表现为服务覆盖不足、运行保障不稳定、"
                        + "基层力量薄弱，群众获得感不强。",
                "analysis", "原因在于资金投入机制不健全，部门之间协调不够，基层缺少专业人员，长效管护机制尚未建立。",
                "suggestions", "一是建立稳定的资金保障机制；二是明确牵头部门和责任分工；三是加强基层队伍建设；"
                        + "四是建立群众评价和监督机制，定期通报进展。"));
    }
}
