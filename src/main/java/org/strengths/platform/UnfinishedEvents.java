package org.strengths.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events whose handling did not finish (a listener failed, the
 * database was briefly away, an instance stopped part-way), so that, for example, a recorded death
 * still ends the person's plan. Without this they would wait for a restart. Resubmitting on two
 * instances at once would run a listener twice, so the job holds a database lock ({@link
 * SingleRunJobs}): each run happens on one instance only.
 */
@Component
public class UnfinishedEvents {

  private static final Logger log = LoggerFactory.getLogger(UnfinishedEvents.class);

  /** The job's lock name in {@code platform_job_lock}. */
  public static final String JOB = "resubmit-unfinished-events";

  private final IncompleteEventPublications publications;
  private final Duration olderThan;
  private final AtomicInteger runs = new AtomicInteger();

  UnfinishedEvents(
      IncompleteEventPublications publications,
      @Value("${strengths.events.resubmit-older-than:PT5M}") Duration olderThan) {
    this.publications = publications;
    this.olderThan = olderThan;
  }

  /**
   * Every five minutes by default, on whichever instance takes the lock first; the lock is held at
   * least a minute, so instances whose schedules fire seconds apart do not run it again.
   */
  @Scheduled(
      initialDelayString = "${strengths.events.resubmit-every:PT5M}",
      fixedDelayString = "${strengths.events.resubmit-every:PT5M}")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
  public void resubmit() {
    runs.incrementAndGet();
    publications.resubmitIncompletePublicationsOlderThan(olderThan);
    log.debug("Resubmitted event publications unfinished for longer than {}", olderThan);
  }

  /**
   * How many times this instance has run the job (an instance that skipped a run for the lock does
   * not count it).
   */
  public int runsHere() {
    return runs.get();
  }
}
