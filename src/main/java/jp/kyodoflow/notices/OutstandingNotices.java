package jp.kyodoflow.notices;

import java.time.Duration;
import jp.kyodoflow.database.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again what an after-commit listener failed to deliver (the database was briefly away, the
 * application stopped between the commit and the notice): every publication still incomplete after
 * {@code kyodo.notices.retry-after} is handed to its listener once more, each check. With several nodes one
 * node at a time checks (a cluster lock), so that no two nodes hand the same publication over at once.
 */
@Component
class OutstandingNotices {

    private static final Logger log = LoggerFactory.getLogger(OutstandingNotices.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;
    private final ClusterLock cluster;

    OutstandingNotices(IncompleteEventPublications incomplete,
                       @Value("${kyodo.notices.retry-after:PT5M}") Duration retryAfter, ClusterLock cluster) {
        this.incomplete = incomplete;
        this.cluster = cluster;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${kyodo.notices.retry-check-interval:PT5M}",
            initialDelayString = "${kyodo.notices.retry-check-interval:PT5M}")
    void resend() {
        try {
            cluster.runAlone("outstanding-notices", () -> incomplete.resubmitIncompletePublicationsOlderThan(retryAfter));
        } catch (RuntimeException e) {
            log.warn("Outstanding notices could not be sent again yet: {}", e.toString());
        }
    }
}
