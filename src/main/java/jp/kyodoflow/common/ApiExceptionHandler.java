package jp.kyodoflow.common;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every refusal of our API is a problem+json with a Japanese {@code detail}. */
@RestControllerAdvice(basePackages = "jp.kyodoflow")
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
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "リクエストの形式が正しくありません（JSONの書式・項目の型を確認してください）");
        pd.setTitle("リクエストを読み取れません");
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

    @ExceptionHandler(NullValueException.class)
    ProblemDetail engineNotFound(NullValueException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "対象のタスクまたは手続きが見つかりません（すでに完了している可能性があります）");
    }
}
