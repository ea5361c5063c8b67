package jp.kyodoflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs beside the others instead of in their sequence (junit-platform.properties):
 * it shares nothing with them (no Spring context, no process engine and so no engine clock, its own
 * temporary folders and free ports) and spends its time in other processes or on its own CPU while
 * the sequence mostly waits for HTTP and the database. One such class at a time (their shared lock),
 * so that a 2-core machine runs two lanes: the sequence and this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheSharedContext.LANE)
public @interface BesideTheSharedContext {

    String LANE = "beside-the-shared-context";
}
