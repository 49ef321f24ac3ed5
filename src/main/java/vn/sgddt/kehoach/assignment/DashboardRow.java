package vn.sgddt.kehoach.assignment;

/** Counts of one unit (or one plan) in the official categories. */
public record DashboardRow(String key, String name, long openInTime, long openOverdue, long doneOnTime,
        long doneLate, long withAuthority) {

    public long total() {
        return openInTime + openOverdue + doneOnTime + doneLate + withAuthority;
    }
}
