package org.assay.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one clock of the application, so that time-dependent logic can be tested with a fixed one. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // microseconds: what the database keeps, so a create's answer equals every later read
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
