package jp.kyodoflow.common;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every refusal of our API is a problem+json with a Japanese {@code detail}; so is an unexpected
 * error (500, logged at ERROR with an id the person can quote). The advice is global because some
 * failures happen before a controller is chosen (multipart parsing, an unsupported method or media
 * type); the generic handlers answer only for {@code /api/**} and leave other paths (webapps,
 * Actuator, OpenAPI) to Spring's defaults.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        pd.setTitle("入力内容を確認してください");
        if (!e.reasons().isEmpty()) {
            pd.setProperty("reasons", e.reasons());
        }
        return pd;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<String> reasons = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + "：" + f.getDefaultMessage()).sorted().toList();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "入力内容に誤りがあります：" + String.join("／", reasons));
        pd.setTitle("入力内容を確認してください");
        pd.setProperty("reasons", reasons);
        return pd;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        String reason = RequestProblems.unreadableValue(e);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason == null
                ? "リクエストの形式が正しくありません（JSONの書式・項目の型を確認してください）"
                : "リクエストの形式が正しくありません：" + reason);
        pd.setTitle("リクエストを読み取れません");
        if (reason != null) {
            pd.setProperty("reasons", List.of(reason));
        }
        return pd;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
    ProblemDetail forbidden(RuntimeException e) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "この操作を行う権限がありません";
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
    }

    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class,
            DataIntegrityViolationException.class})
    ProblemDetail conflict(RuntimeException e) {
        log.info("Conflicting update refused: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "ほかの操作と同時に更新されました。最新の状態を確認してから、もう一度お試しください");
    }

    /** The engine's own "bad request" (not one of our refusals, which are handled above as themselves). */
    @ExceptionHandler(org.camunda.bpm.engine.BadUserRequestException.class)
    ProblemDetail engineBadRequest(org.camunda.bpm.engine.BadUserRequestException e) {
        log.info("Engine refused a request: {}", e.getMessage());
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "この内容では処理できません。入力した項目と、タスクがまだ開いているかを確認してください");
        pd.setTitle("入力内容を確認してください");
        return pd;
    }

    @ExceptionHandler(NullValueException.class)
    ProblemDetail engineNotFound(NullValueException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "対象のタスクまたは手続きが見つかりません（すでに完了している可能性があります）");
    }

    /** An upload Tomcat or Spring could not parse (no boundary, a cut-off body, a forbidden file name) or too large. */
    @ExceptionHandler({MultipartException.class, IOException.class})
    ProblemDetail unreadableUpload(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        log.info("Unreadable request body on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, RequestProblems.unreadableUpload(e));
        pd.setTitle("リクエストを読み取れません");
        return pd;
    }

    /**
     * A refusal of ours wrapped by the engine (a task listener's BusinessRuleException inside a
     * ProcessEngineException): answered as the refusal itself, as Spring would match the cause
     * if this catch-all did not match the wrapper first.
     */
    private ProblemDetail refusalInside(Exception e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof BusinessRuleException refusal) {
                return businessRule(refusal);
            } else if (t instanceof NotFoundException notFound) {
                return notFound(notFound);
            } else if (t instanceof ForbiddenException || t instanceof AuthorizationException) {
                return forbidden((RuntimeException) t);
            } else if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException
                    || t instanceof DataIntegrityViolationException) {
                return conflict((RuntimeException) t);
            } else if (t instanceof NullValueException nullValue) {
                return engineNotFound(nullValue);
            }
        }
        return null;
    }

    /** Spring's own refusals (405, 415, 404, a missing parameter …) in Japanese, and anything unexpected as a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        ProblemDetail wrapped = refusalInside(e);
        if (wrapped != null) {
            return ResponseEntity.status(wrapped.getStatus()).body(wrapped);
        }
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(refusal.getStatusCode(), RequestProblems.standardRefusal(e,
                    refusal.getStatusCode().value()));
            pd.setTitle("リクエストを処理できません");
            return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders()).body(pd);
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "システムで予期しないエラーが発生したため、処理できませんでした。時間をおいてもう一度お試しください。"
                        + "繰り返し発生する場合は、問い合わせ番号 " + errorId + " をシステム管理者にお伝えください");
        pd.setTitle("システムエラー");
        pd.setProperty("errorId", errorId);
        return ResponseEntity.internalServerError().body(pd);
    }
}
