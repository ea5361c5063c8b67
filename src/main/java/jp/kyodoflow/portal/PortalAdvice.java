package jp.kyodoflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * For the portal's pages only (ahead of the API's problem+json advice): the signed-in person for the
 * page header, and refusals as the Japanese error page ({@code templates/error.html}) with their status.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalAdvice.class);
    static final String TASKLIST = "/camunda/app/tasklist/";

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal Object principal) {
        return principal instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("tasklistUrl")
    String tasklistUrl() {
        return TASKLIST;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, Map.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, Map.of());
    }

    @ExceptionHandler({BusinessRuleException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST, Map.of());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} on portal page {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, Map.of("errorId", errorId));
    }

    private static ModelAndView page(HttpStatus status, Map<String, ?> extra) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addAllObjects(extra);
        return page;
    }
}
