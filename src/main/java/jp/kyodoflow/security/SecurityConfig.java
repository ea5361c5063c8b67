package jp.kyodoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors, all behind a login:
 * <ul>
 *   <li>our API ({@code /api/**}), the OpenAPI UI and Actuator: HTTP Basic against Camunda identity;</li>
 *   <li>the Camunda REST API ({@code /engine-rest/**}): Camunda's own Basic authentication filter,
 *       so engine authorizations apply to every call;</li>
 *   <li>the webapps ({@code /camunda/**}): their own login page and Camunda authorizations;</li>
 *   <li>the portal ({@code /}, {@code /mypage/**}): a form login with a session and CSRF tokens (PortalSecurity).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, SecurityProperties properties, ObjectMapper json) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::loginRequired))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session and no cookie: Spring's token CSRF protection has nothing to protect; browsers are
                // kept from sending forged calls with cached Basic credentials by the guard instead
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new BrowserRequestGuard(properties, json), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(SecurityConfig::loginRequired));
        return http.build();
    }

    /**
     * 401 in Japanese. A source that sent too many wrong passwords is refused for a while
     * (LoginThrottlePlugin), whatever it sends, and gets this same answer.
     */
    private static void loginRequired(jakarta.servlet.http.HttpServletRequest request,
                                      jakarta.servlet.http.HttpServletResponse response,
                                      org.springframework.security.core.AuthenticationException e)
            throws java.io.IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kyodo Flow\", charset=\"UTF-8\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
        response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"ログインが必要です。"
                + "ユーザーIDとパスワードを確認してください（誤ったパスワードが続いた場合は、しばらく待ってからお試しください）。\"}");
    }

    /** Webapps and the engine REST API authenticate themselves (see class comment); the portal is PortalSecurity (order 2). */
    @Bean
    @Order(3)
    SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
