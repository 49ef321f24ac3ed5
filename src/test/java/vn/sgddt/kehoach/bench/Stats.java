package vn.sgddt.kehoach.bench;

import java.util.Arrays;
import java.util.List;

/** Median and 95th percentile of a series of durations, in milliseconds (nearest-rank). */
public record Stats(int samples, double medianMs, double p95Ms) {

    public static Stats ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Stats(sorted.length, rank(sorted, 0.50) / 1e6, rank(sorted, 0.95) / 1e6);
    }

    private static long rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
