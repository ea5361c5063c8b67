package jp.kyodoflow.notices;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox (mail_outbox) to the SMTP server of {@code spring.mail.*}, every
 * {@code kyodo.mail.send-interval}. Each mail is claimed with {@code FOR UPDATE SKIP LOCKED} and finished
 * in its own transaction, so two nodes never send one mail twice and one bad mail holds up no other.
 * A failure counts an attempt, keeps the error and waits (1, 2, 4 … × retry-after, at most
 * max-retry-after); after max-attempts, or at once for an address that cannot be one, the mail is FAILED
 * (a warning in the log, the state in the outbox). When the server cannot be reached the run stops: the
 * next one tries again. With {@code kyodo.mail.capture} (demo) mails are marked CAPTURED, not sent.
 */
@Component
class MailOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    /** What sending one mail came to. */
    enum Outcome { SENT, CAPTURED, RETRY, FAILED, UNREACHABLE }

    private record Mail(long id, String to, String subject, String body, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> sender;
    private final NoticeMailProperties config;
    private final Clock clock;

    MailOutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> sender,
                     NoticeMailProperties config, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.sender = sender;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kyodo.mail.send-interval:PT30S}", initialDelayString = "${kyodo.mail.send-interval:PT30S}")
    void scheduled() {
        try {
            int done = sendDue();
            if (done > 0) {
                log.info("Mail outbox: {} mails sent or captured", done);
            }
        } catch (RuntimeException e) {
            log.warn("Mail outbox could not be worked through now: {}", e.toString());
        }
    }

    /** Sends (or captures) every mail due now, up to the batch size; @return how many were sent or captured. */
    int sendDue() {
        int done = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            Outcome outcome = tx.execute(status -> sendNext());
            if (outcome == null) {
                break;
            }
            if (outcome == Outcome.SENT || outcome == Outcome.CAPTURED) {
                done++;
            }
            if (outcome == Outcome.UNREACHABLE) {
                break;
            }
        }
        return done;
    }

    /** Claims the next due mail and finishes it; null when none is due (or all are claimed by another node). */
    private Outcome sendNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var due = jdbc.query("""
                select id, to_address, subject, body, attempts from mail_outbox
                where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id limit 1 for update skip locked""",
                (rs, n) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)), now);
        if (due.isEmpty()) {
            return null;
        }
        Mail mail = due.get(0);
        if (config.capture()) {
            jdbc.update("update mail_outbox set status = 'CAPTURED', sent_at = ? where id = ?", now, mail.id());
            return Outcome.CAPTURED;
        }
        try {
            send(mail);
            jdbc.update("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?",
                    now, mail.id());
            return Outcome.SENT;
        } catch (AddressException e) {
            return giveUp(mail, "宛先がメールアドレスではありません: " + e.getMessage());
        } catch (MessagingException | MailException e) {
            return failed(mail, e, now);
        }
    }

    private void send(Mail mail) throws MessagingException {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            throw new MessagingException("no SMTP server configured (spring.mail.host)");
        }
        InternetAddress to = new InternetAddress(mail.to(), true);
        to.validate();
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper m = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        m.setFrom(config.from());
        m.setTo(to);
        m.setSubject(mail.subject());
        m.setText(mail.body(), false);
        m.setSentDate(java.util.Date.from(clock.instant()));
        smtp.send(message);
    }

    private Outcome failed(Mail mail, Exception e, OffsetDateTime now) {
        int attempts = mail.attempts() + 1;
        String error = describe(e);
        if (attempts >= config.maxAttempts()) {
            return giveUp(mail, error);
        }
        jdbc.update("update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?",
                attempts, error, now.plus(config.backoff(attempts)), mail.id());
        log.info("Mail {} to {} not sent (attempt {} of {}), will try again: {}", mail.id(), mail.to(), attempts,
                config.maxAttempts(), error);
        return unreachable(e) ? Outcome.UNREACHABLE : Outcome.RETRY;
    }

    private Outcome giveUp(Mail mail, String error) {
        jdbc.update("update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?",
                error, mail.id());
        log.warn("Mail {} to {} given up after {} attempts: {}", mail.id(), mail.to(), mail.attempts() + 1, error);
        return Outcome.FAILED;
    }

    /** The SMTP server could not be reached at all (not this mail's fault): the others would fail the same way. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t.getCause()
                    && unreachable(me.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
