package jp.kyodoflow.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In the engine REST API (and so in Tasklist) a refusal of ours is a 400 whose message is only the
 * Japanese sentence, not a 500 wrapped in engine text. Anything else keeps Camunda's own mapping.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestRefusals {

    @Bean
    ResourceConfigCustomizer refusalMappers() {
        return config -> config.register(RestRefusal.class).register(EngineRefusal.class);
    }

    static Response refusalOrNull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessRuleException refusal) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "BusinessRuleException", "message", refusal.getMessage(), "code", 0))
                        .build();
            }
        }
        return null;
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
