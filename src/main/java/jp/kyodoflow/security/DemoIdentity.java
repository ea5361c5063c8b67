package jp.kyodoflow.security;

import java.util.Locale;

/**
 * What marks an account as the demo's: the e-mail domain the demo gives its users and the published
 * password of the demo users and the demo {@code admin} (README). The demo module uses these when it
 * creates them; the production check looks for them.
 */
public final class DemoIdentity {

    public static final String EMAIL_DOMAIN = "demo.kyodoflow.jp";
    public static final String PASSWORD = "demo";

    private DemoIdentity() {
    }

    public static String email(String userId) {
        return userId + "@" + EMAIL_DOMAIN;
    }

    static boolean isDemoEmail(String email) {
        return email != null && email.toLowerCase(Locale.ROOT).endsWith("@" + EMAIL_DOMAIN);
    }
}
