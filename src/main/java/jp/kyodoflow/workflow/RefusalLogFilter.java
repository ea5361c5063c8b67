package jp.kyodoflow.workflow;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jp.kyodoflow.common.BusinessRuleException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * A person's input refused by our rules is not a server error: the engine's own ERROR entry for
 * it ("exception while closing command context") is dropped, and {@link EngineDoorGuard} logs the
 * refusal at INFO instead. Real errors keep their ERROR entries.
 */
@Component
class RefusalLogFilter extends TurboFilter implements ApplicationListener<ApplicationStartedEvent> {

    private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && !context.getTurboFilterList().contains(this)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)) {
            return FilterReply.NEUTRAL;
        }
        if (BusinessRuleException.findIn(t).isPresent()) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object p : params) {
                if (p instanceof Throwable thrown && BusinessRuleException.findIn(thrown).isPresent()) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }
}
