package jp.kyodoflow.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * How the engine checks authorizations, measured at 10,000 open tasks (issue 12, README "Performance and scale"):
 * <ul>
 * <li><b>No revoke authorizations.</b> Kyodo Flow only grants (per group, per task by the engine, and
 * global ones). With {@code authorizationCheckRevokes=never} the engine neither asks before every query
 * whether a revoke exists nor builds the revoke-aware form of its checks. Because a revoke would then be
 * ignored, saving one is refused at every door (Admin, /engine-rest, Java), in Japanese.</li>
 * <li><b>No table scan per command for the person's groups.</b> Before every check the engine reads the
 * distinct group ids of the whole authorization table (one row per open task and candidate group: tens of
 * thousands) only to drop those of the person's groups that hold no authorization, which changes no
 * result. Here the person's groups go to the check as they are.</li>
 * <li><b>The task query's authorization check in the WHERE clause</b> (hashed sets of the person's grants) instead of a join that PostgreSQL can only run
 * as a nested loop over the person's per-task authorizations ({@link TaskQueryAuthorizationInWhere}).</li>
 * </ul>
 */
@Component
class EngineTuningPlugin extends AbstractProcessEnginePlugin {

    static final String REVOKE_REFUSED = "取り消し（REVOKE）の権限は使えません。権限は付与（GRANT）だけで設定してください"
            + "（Kyodo Flow は取り消しを確かめない設定で動いています）";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupsAsTheyAre();
            }
        });
        configuration.setCustomSessionFactories(factories);
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new NoRevokes());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        TaskQueryAuthorizationInWhere.install(configuration.getSqlSessionFactory().getConfiguration());
    }

    /** The engine's authorization manager without the per-command scan of all authorized group ids. */
    static final class GroupsAsTheyAre extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }

    /** Refuses to save a revoke authorization (it would be ignored). */
    static final class NoRevokes extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof SaveAuthorizationCmd save && isRevoke(save)) {
                throw new BusinessRuleException(REVOKE_REFUSED);
            }
            return next.execute(command);
        }

        private static boolean isRevoke(SaveAuthorizationCmd save) {
            try {
                java.lang.reflect.Field field = SaveAuthorizationCmd.class.getDeclaredField("authorization");
                field.setAccessible(true);
                AuthorizationEntity entity = (AuthorizationEntity) field.get(save);
                return entity != null && entity.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("SaveAuthorizationCmd changed: check EngineTuningPlugin", e);
            }
        }
    }
}
