package jp.kyodoflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throttles password checks by source, for every login door at once: our API's Basic
 * authentication, the engine REST API's Basic filter and the webapps' login form all end in
 * {@code IdentityService.checkPassword}, that is the engine command {@link CheckPassword}. A
 * pre-command interceptor wraps that command: a source with too many recent failures is answered
 * "wrong password" without the command running (so the user's own failure counter is not touched),
 * and every failure is counted for its source. Camunda's per-user delay and lock are switched off
 * in application.yml, because failures from one source would otherwise lock the user out for everybody.
 */
class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottlePlugin.class);
    /** Simultaneous logins of one user may both update the user's row; the loser is retried. */
    private static final int CONFLICT_RETRIES = 3;

    private final LoginThrottle throttle;
    private final boolean enabled;

    LoginThrottlePlugin(LoginThrottle throttle, boolean enabled) {
        this.throttle = throttle;
        this.enabled = enabled;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!enabled) {
            log.warn("Login throttle switched off (kyodo.security.login-throttle.enabled=false)");
            return;
        }
        configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private List<CommandInterceptor> with(List<CommandInterceptor> existing) {
        List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        list.add(new Interceptor(throttle));
        return list;
    }

    static final class Interceptor extends CommandInterceptor {
        private final LoginThrottle throttle;

        Interceptor(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T execute(Command<T> command) {
            String source = LoginSource.current();
            if (!(command instanceof CheckPassword) || source == null) {
                return next.execute(command);
            }
            if (!throttle.tryStart(source)) {
                log.debug("Login refused without a password check: too many failed logins from {}", source);
                return (T) Boolean.FALSE;
            }
            boolean matched = false;
            try {
                matched = check((Command<Boolean>) command);
                return (T) Boolean.valueOf(matched);
            } finally {
                if (throttle.finish(source, !matched)) {
                    log.warn("Logins from {} refused for a while: too many wrong passwords (kyodo.security.login-throttle)", source);
                }
            }
        }

        private boolean check(Command<Boolean> command) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return Boolean.TRUE.equals(next.execute(command));
                } catch (OptimisticLockingException e) {
                    if (attempt >= CONFLICT_RETRIES) {
                        log.info("Password check lost {} concurrent updates of the user; answered as failed", attempt);
                        return false;
                    }
                }
            }
        }
    }
}
