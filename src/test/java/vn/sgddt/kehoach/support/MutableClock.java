package vn.sgddt.kehoach.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A clock a test moves by hand. It moves Camunda's clock with it, so timers and our deadlines agree. */
public class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public void advance(Duration duration) {
        set(now.plus(duration));
    }

    /** Back to the real time, for tests that do not care. */
    public void reset() {
        this.now = Instant.now();
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
