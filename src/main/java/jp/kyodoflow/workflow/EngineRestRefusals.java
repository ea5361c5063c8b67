package jp.kyodoflow.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * In every Jersey application of the engine — {@code /engine-rest} and the webapps' own API that
 * Tasklist calls ({@code /camunda/api/engine}) — a refusal of ours is a 400 whose message is only the
 * Japanese sentence, and two people acting on one task at once is a 409, not a 500 wrapped in
 * engine text. Anything else keeps Camunda's own mapping. Registered in every Jersey application
 * through {@code META-INF/services} (the webapps' applications are not Spring-configured).
 */
public class EngineRestRefusals implements ForcedAutoDiscoverable {

    static final String CONFLICT = "ほかの人が同時にこのタスクを処理したか、すでに完了しています。タスクリストを更新して確認してください";

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(RestRefusal.class)) {
            context.register(RestRefusal.class);
            context.register(EngineRefusal.class);
        }
    }

    static Response refusalOrNull(Throwable e) {
        boolean onTask = e.getMessage() != null && (e.getMessage().startsWith("Cannot submit task form")
                || e.getMessage().startsWith("Cannot complete task"));
        var refusal = BusinessRuleException.findIn(e);
        if (refusal.isPresent()) {
            return json(Response.Status.BAD_REQUEST, "BusinessRuleException", refusal.get().getMessage());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || (onTask && t instanceof NullValueException)) {
                return json(Response.Status.CONFLICT, "ConflictException", CONFLICT);
            }
        }
        return null;
    }

    private static Response json(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message, "code", 0)).build();
    }

    @Priority(1)
    public static class RestRefusal implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException e) {
            Response refusal = refusalOrNull(e);
            return refusal != null ? refusal : camunda.toResponse(e);
        }
    }

    @Priority(1)
    public static class EngineRefusal implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException e) {
            Response refusal = refusalOrNull(e);
            return refusal != null ? refusal : camunda.toResponse(e);
        }
    }
}
