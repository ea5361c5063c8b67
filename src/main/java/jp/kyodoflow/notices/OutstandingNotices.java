package jp.kyodoflow.notices;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again what an after-commit listener failed to deliver (the database was briefly away, the
 * application stopped between the commit and the notice): every publication still incomplete after
 * {@code kyodo.notices.retry-after} is handed to its listener once more, each check.
 */
@Component
class OutstandingNotices {

    private static final Logger log = LoggerFactory.getLogger(OutstandingNotices.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    OutstandingNotices(IncompleteEventPublications incomplete,
                       @Value("${kyodo.notices.retry-after:PT5M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${kyodo.notices.retry-check-interval:PT5M}",
            initialDelayString = "${kyodo.notices.retry-check-interval:PT5M}")
    void resend() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
        } catch (RuntimeException e) {
            log.warn("Outstanding notices could not be sent again yet: {}", e.toString());
        }
    }
}
