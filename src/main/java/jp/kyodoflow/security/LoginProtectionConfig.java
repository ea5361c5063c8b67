package jp.kyodoflow.security;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The login throttle (kyodo.security.login-throttle): the request's source for every door, and the engine plugin. */
@Configuration(proxyBeanMethods = false)
class LoginProtectionConfig {

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties) {
        return new LoginThrottle(properties.loginThrottle(), Clock.systemUTC(), java.time.Duration.ofSeconds(10));
    }

    @Bean
    LoginThrottlePlugin loginThrottlePlugin(LoginThrottle throttle, SecurityProperties properties) {
        return new LoginThrottlePlugin(throttle, properties.loginThrottle().enabled());
    }

    /**
     * Before Spring Security (our API), Camunda's engine REST filter and the webapps; after Spring's
     * ForwardedHeaderFilter (forward-headers-strategy=framework), which runs at the highest precedence.
     */
    @Bean
    FilterRegistrationBean<LoginSource.Filter> loginSourceFilter() {
        FilterRegistrationBean<LoginSource.Filter> registration = new FilterRegistrationBean<>(new LoginSource.Filter());
        registration.setName("kyodo-login-source");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
