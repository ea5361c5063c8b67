package jp.kyodoflow.notices;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail of notices ({@code kyodo.mail.*}); the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param enabled      write an outbox row per notice and address (false: notices only)
 * @param capture      keep mails in the outbox as CAPTURED instead of sending them (the demo profile)
 * @param demoPage     the page /demo/mails lists the outbox (the demo profile only)
 * @param from         the sender address
 * @param baseUrl      where people open the portal and Tasklist (the link in every mail)
 * @param maxAttempts  attempts before a mail is given up (FAILED, logged)
 * @param retryAfter   wait after the first failed attempt; doubled after each further one
 * @param maxRetryAfter longest wait between two attempts
 * @param batchSize    mails sent per run of the sender
 */
@ConfigurationProperties("kyodo.mail")
public record NoticeMailProperties(Boolean enabled, Boolean capture, Boolean demoPage, String from, String baseUrl,
                             Integer maxAttempts, Duration retryAfter, Duration maxRetryAfter, Integer batchSize) {

    public NoticeMailProperties {
        enabled = enabled == null || enabled;
        capture = capture != null && capture;
        demoPage = demoPage != null && demoPage;
        from = from == null || from.isBlank() ? "no-reply@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(2) : maxRetryAfter;
        batchSize = batchSize == null ? 50 : batchSize;
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones (1, 2, 4 … × retryAfter). */
    Duration backoff(int attempts) {
        Duration wait = retryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
