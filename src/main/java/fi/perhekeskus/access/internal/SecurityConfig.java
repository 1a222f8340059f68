package fi.perhekeskus.access.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what is decided by the action catalogue ({@code AuthorizationInterceptor});
 * this chain handles logging in and out, sessions, CSRF and the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:%s; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The policy, with the origin of the configured map tile server allowed for images. */
    static String csp(String tileUrl) {
        if (tileUrl == null || !tileUrl.matches("https?://[^/{}]+/.*")) return CSP.formatted("");
        return CSP.formatted(" " + tileUrl.substring(0, tileUrl.indexOf('/', tileUrl.indexOf("//") + 2)));
    }

    /** 401 through the error page, so API clients get a JSON answer (no browser login dialog). */
    private static final AuthenticationEntryPoint UNAUTHORIZED =
            (request, response, e) -> response.sendError(HttpStatus.UNAUTHORIZED.value());

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, LoginEvents loginEvents, DeniedRequests deniedRequests,
            ObjectProvider<ClientRegistrationRepository> oidcClients, OidcAccountService oidcAccounts,
            @org.springframework.beans.factory.annotation.Value("${perhekeskus.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}")
            String tileUrl)
            throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(loginEvents)
                        .failureHandler(loginEvents)
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    loginEvents.basicLoginFailed(request, e);
                    UNAUTHORIZED.commence(request, response, e);
                }))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(loginEvents)
                        .logoutSuccessUrl("/?loggedOut")
                        .deleteCookies("SESSION"))
                // An API call that carries its own Basic credentials uses no cookie, so it cannot be
                // forged by another site (our 401 never makes a browser remember such credentials).
                // The public "Pyydä apua" API acts for nobody: it needs no login and reads no session, and it
                // takes only application/json, which another site cannot send without a CORS preflight
                // (which we never allow). So a forged request can do nothing a direct one could not.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher("/dev-api/**"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/help-requests"),
                        request -> api.matches(request) && isBasic(request.getHeader("Authorization"))))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(UNAUTHORIZED, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .accessDeniedHandler(deniedRequests))
                .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(csp(tileUrl)))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .successHandler(loginEvents)
                    .failureHandler(loginEvents));
        }
        return http.build();
    }

    private static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Argon2-ready delegating encoder; new hashes are BCrypt ({bcrypt} prefix). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
