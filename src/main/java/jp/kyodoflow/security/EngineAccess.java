package jp.kyodoflow.security;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls either as the person (engine authorizations apply, the initiator is set)
 * or as the system (identity maintenance that a coordinator's task triggers).
 */
@Component
public class EngineAccess {

    private final IdentityService identityService;

    EngineAccess(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T as(CurrentUser user, Supplier<T> work) {
        identityService.setAuthentication(user.userId(), new ArrayList<>(user.groups()));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void as(CurrentUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** Inside a running command (a delegate) authorization checks are switched off for the work. */
    public <T> T asSystem(Supplier<T> work) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null) {
            return work.get();
        }
        return commandContext.runWithoutAuthorization((java.util.concurrent.Callable<T>) work::get);
    }

    /** Looks a user's groups up without authorization checks (used to resolve initiators). */
    public CurrentUser lookup(String userId) {
        return asSystem(() -> new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).collect(java.util.stream.Collectors.toSet())));
    }
}
