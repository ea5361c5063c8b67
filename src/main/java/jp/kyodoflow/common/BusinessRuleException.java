package jp.kyodoflow.common;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal a person must read: the message is Japanese and says what to fix. Extends the
 * engine's bad-request type so Tasklist and the engine REST API show the message, and the
 * transaction (engine and our tables) rolls back.
 */
public class BusinessRuleException extends BadUserRequestException {

    private final List<String> reasons;

    public BusinessRuleException(String message) {
        this(message, List.of());
    }

    public BusinessRuleException(String message, List<String> reasons) {
        super(reasons.isEmpty() ? message : message + "：" + String.join("／", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** The same refusal, carried past the engine's wrapping (the original stays the root cause). */
    public BusinessRuleException(BusinessRuleException refusal, Throwable cause) {
        super(refusal.getMessage(), cause);
        this.reasons = refusal.reasons;
    }

    /** Our refusal inside an exception the engine may have wrapped it in (a listener's refusal), if any. */
    public static java.util.Optional<BusinessRuleException> findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof BusinessRuleException refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }

    public List<String> reasons() {
        return reasons;
    }
}
