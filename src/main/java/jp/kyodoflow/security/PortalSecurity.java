package jp.kyodoflow.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The portal's door (jp.kyodoflow.portal): server-rendered pages with a form login, a session,
 * CSRF tokens on every POST and a logout. The top page, the login page and the portal's assets are
 * open, as are the published calls under {@code /calls} and the published themes under {@code /themes}; everything else ({@code /mypage} for groups,
 * {@code /hearing} for committee members, {@code /staff} for city staff, {@code /demo} for the demo's
 * captured mails) needs a login. The password check is the same as at every
 * other door (CamundaAuthenticationProvider → IdentityService.checkPassword), so the login throttle
 * applies; a refused source is told so in Japanese instead of "wrong password".
 * The session authenticates the portal only: the API chain is stateless and never reads it.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /** The portal's paths; everything else belongs to the API, the engine REST API or the webapps. */
    static final String[] PATHS = {"/", "/login", "/logout", "/mypage", "/mypage/**", "/portal/**", "/calls/**",
            "/themes", "/themes/**", "/subsidy", "/subsidy/**", "/open-data", "/open-data/**", "/hearing", "/hearing/**", "/staff", "/staff/**", "/demo/**"};
    static final String LOGIN = "/login";

    @Bean
    @Order(2)
    SecurityFilterChain portalChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/", LOGIN, "/portal/**", "/calls/**", "/themes", "/themes/**", "/subsidy", "/subsidy/**",
                                "/open-data", "/open-data/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .defaultSuccessUrl("/mypage")
                        .failureHandler(failure(throttle))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"));
        return http.build();
    }

    /** Back to the login page with the reason: a wrong password, or a source refused by the throttle. */
    private static AuthenticationFailureHandler failure(LoginThrottle throttle) {
        return (request, response, e) -> response.sendRedirect(request.getContextPath() + LOGIN
                + (throttle.refuses(LoginSource.current()) ? "?throttled" : "?error"));
    }
}
