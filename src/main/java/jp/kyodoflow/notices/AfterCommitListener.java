package jp.kyodoflow.notices;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A notice listener: runs once the decision's transaction has committed (a rolled-back decision tells
 * nobody), in its own transaction, in the same thread — so the notice exists when the person's request
 * returns. Spring Modulith's event publication registry (table event_publication) records each
 * publication before the commit and marks it complete when the listener succeeds; one that failed stays
 * incomplete and is sent again ({@link OutstandingNotices}), so no notice is lost.
 * This is {@code @ApplicationModuleListener} without {@code @Async}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
@interface AfterCommitListener {

    @AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
    String id() default "";
}
