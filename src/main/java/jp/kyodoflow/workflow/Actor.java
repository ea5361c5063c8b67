package jp.kyodoflow.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who is acting in the current engine command: the person completing the task, or "system" for jobs. */
public final class Actor {
    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String current() {
        CommandContext ctx = Context.getCommandContext();
        String userId = ctx == null ? null : ctx.getAuthenticatedUserId();
        return userId == null ? SYSTEM : userId;
    }
}
