package jp.kyodoflow.common;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are calls of our own API ({@code /api/**}), as opposed to the webapps, the engine REST API or Actuator. */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
