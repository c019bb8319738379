package org.minyi.platform.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.minyi.platform.client.GatewayClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A steady stream of reports from all 19 liaison stations while faults happen. Keeps the id of every
 * report acknowledged with 201 — those are the promises the oracle checks — and counts the rest.
 */
final class SteadyLoad implements AutoCloseable {

    static final List<String> TOWNSHIPS = List.of("chengguan", "hekou", "xinji", "baisha", "longquan", "shiqiao",
            "liulin", "sanhe", "qingshan", "shuangmiao", "mafang", "taoyuan", "xishan", "nanhu", "zaolin", "xinghua",
            "gaoling", "huangtupo", "qingquan");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient client;
    private final Map<String, String> tokens;
    private final double perSecond;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread driver;

    SteadyLoad(GatewayClient client, Map<String, String> tokens, double perSecond) {
        this.client = client;
        this.tokens = tokens;
        this.perSecond = perSecond;
        this.driver = new Thread(this::drive, "steady-load");
        this.driver.setDaemon(true);
        this.driver.start();
    }

    private void drive() {
        long period = (long) (1_000_000_000L / perSecond);
        long next = System.nanoTime();
        long n = 0;
        while (running.get()) {
            LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
            next += period;
            String township = TOWNSHIPS.get((int) (n++ % TOWNSHIPS.size()));
            sent.incrementAndGet();
            String body = JSON.writeValueAsString(Map.of(
                    "title", "关于" + township + "农村饮水安全的建议（故障演练" + n + "）",
                    "category", "DAILY_LIFE", "domain", "transport", "township", township,
                    "authors", List.of(), "urgent", false,
                    "situation", "部分村组自来水管网老化，夏季用水高峰时段水压不足，群众反映较多。",
                    "suggestions", "建议县水利局牵头实施管网改造，建立村级供水设施管护制度。"));
            client.submit(tokens.get(township), body, Duration.ofSeconds(20),
                            "fault-" + township + "-" + n + "-" + System.nanoTime())
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            unanswered.incrementAndGet();
                        } else if (response.statusCode() == 201) {
                            accepted.add(JSON.readTree(response.body()).path("id").asString());
                        } else {
                            refused.incrementAndGet();
                        }
                    });
        }
    }

    Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    long sent() {
        return sent.get();
    }

    long refused() {
        return refused.get();
    }

    long unanswered() {
        return unanswered.get();
    }

    @Override
    public void close() {
        running.set(false);
        try {
            driver.join(2000);
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
