package vn.sgddt.kehoach.bench.perf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A poor man's profiler: samples one thread's stack and counts, per method, the samples it appears in. */
final class Sampler implements AutoCloseable {

    private final Thread target;
    private final Thread sampler;
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    Sampler(Thread target) {
        this.target = target;
        this.sampler = new Thread(this::run, "perf-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void run() {
        while (running) {
            StackTraceElement[] stack = target.getStackTrace();
            if (stack.length > 0) {
                synchronized (this) {
                    samples++;
                    self.merge(name(stack[0]), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    for (StackTraceElement e : stack) {
                        String n = name(e);
                        if (seen.add(n)) {
                            inclusive.merge(n, 1, Integer::sum);
                        }
                    }
                }
            }
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String name(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName();
    }

    @Override
    public synchronized void close() {
        running = false;
        System.out.printf("[sampler] %d samples%n--- inclusive (ours, camunda, hibernate, pdfbox, bc) ---%n", samples);
        inclusive.entrySet().stream().filter(e -> e.getKey().startsWith("vn.sgddt") || e.getKey().contains("camunda.bpm.engine.impl.db")
                || e.getKey().contains("hibernate.event") || e.getKey().contains("pdfbox") || e.getKey().contains("bouncycastle")
                || e.getKey().contains("jdbc") || e.getKey().contains("flush") || e.getKey().contains("Flush")
                || e.getKey().contains("camunda.bpm.engine.impl.persistence") || e.getKey().contains("ExecutionEntity")
                || e.getKey().contains("engine.impl.history") || e.getKey().contains("DbSqlSession"))
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(120)
                .forEach(e -> System.out.printf("%6.1f%% %s%n", 100.0 * e.getValue() / samples, e.getKey()));
        System.out.println("--- self ---");
        self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(e -> System.out.printf("%6.1f%% %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
