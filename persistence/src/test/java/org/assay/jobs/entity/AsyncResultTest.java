package org.assay.jobs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which node may take a job: the rule that makes jobs survive restarts without running twice. */
class AsyncResultTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    private static AsyncResult job() {
        return new AsyncResult(AsyncResult.Type.ANALYSIS_SOURCE_INGESTION, AsyncResult.EntityType.ANALYSIS_SOURCE,
                "0123456789abcdef01234567", "0123456789abcdef01234568");
    }

    @Test
    void anUnclaimedJobIsFreeForAnyNode() {
        assertTrue(job().claimableBy("a", T0, T0.minusSeconds(120)));
    }

    @Test
    void aRunningJobIsNotTakenTwice() {
        AsyncResult job = job();
        job.claim("a", T0);
        assertFalse(job.claimableBy("a", T0.minusSeconds(60), T0.minusSeconds(120)), "the same node, still running");
        assertFalse(job.claimableBy("b", T0.minusSeconds(60), T0.minusSeconds(120)), "another node, heart beating");
    }

    @Test
    void aRestartedNodeTakesBackItsJobAndOthersTakeOverStaleOnes() {
        AsyncResult job = job();
        job.claim("a", T0);
        assertTrue(job.claimableBy("a", T0.plusSeconds(30), T0.minusSeconds(90)), "node a restarted after its claim");
        assertFalse(job.claimableBy("b", T0.plusSeconds(30), T0.minusSeconds(90)), "b waits until the beat is stale");
        assertTrue(job.claimableBy("b", T0.plusSeconds(300), T0.plusSeconds(180)), "a's heart stopped");
        job.claim("b", T0.plusSeconds(300));
        assertEquals(2, job.getAttempts());
    }

    @Test
    void anEndedJobIsNeverTaken() {
        AsyncResult done = job();
        done.claim("a", T0);
        done.complete();
        assertFalse(done.claimableBy("a", T0.plusSeconds(600), T0.plusSeconds(600)));
        AsyncResult failed = job();
        failed.fail("broken", null);
        assertFalse(failed.claimableBy("b", T0, T0));
    }
}
