package jp.kyodoflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Empties the login cache ({@link LoginCache}) whenever users, groups or memberships
 * change, through any door (Admin, a password change in Tasklist's profile, /engine-rest, our register):
 * an old password or a removed group is never honoured after the change, not even for the cache's ttl.
 * Such changes are rare, so the whole cache goes, before the command and again after it.
 */
@Component
class LoginCacheEvictionPlugin extends AbstractProcessEnginePlugin {

    static final Set<String> IDENTITY_WRITES = Set.of("SaveUserCmd", "DeleteUserCmd", "SaveGroupCmd", "DeleteGroupCmd",
            "CreateMembershipCmd", "DeleteMembershipCmd", "UnlockUserCmd");

    private final LoginCache logins;

    LoginCacheEvictionPlugin(LoginCache logins) {
        this.logins = logins;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> list = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        list.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (!IDENTITY_WRITES.contains(command.getClass().getSimpleName())) {
                    return next.execute(command);
                }
                logins.forgetAll();
                try {
                    return next.execute(command);
                } finally {
                    logins.forgetAll();
                }
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(list);
    }
}
