package jp.kyodoflow.notices;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice listener: runs when the decision's event is published, in the decision's own transaction, so the notice
 * (and its mail in mail_outbox) commits or rolls back with the decision: a rolled-back decision tells nobody, a
 * committed one has told everyone, and nothing is left to deliver later but the e-mail, which the outbox holds.
 * The notices of one transaction are written together just before it commits ({@link NoticeWriter}). A notice
 * that cannot be written (a programming error: no recipient, a missing template) fails the decision, which the
 * person then sees, instead of leaving the decision made and its notice lost.
 *
 * <p>(Until issue 12 these listeners ran after the commit, each in a transaction of its own, with Spring Modulith's
 * event publication registry keeping undelivered ones: two statements and a commit more per notice.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Transactional(propagation = Propagation.REQUIRED)
@EventListener
@interface NoticeListener {

    @AliasFor(annotation = EventListener.class, attribute = "id")
    String id() default "";
}
