package jp.kyodoflow.demo;

import java.util.Set;
import java.util.stream.Collectors;

/** What marks an account as the demo's, for the production check: DemoData's user ids, their e-mail domain, the published password. */
public final class DemoAccounts {

    public static final String EMAIL_DOMAIN = "demo.kyodoflow.jp";
    /** The password of every demo user and of the demo {@code admin} (README). */
    public static final String PASSWORD = "demo";

    private DemoAccounts() {
    }

    public static Set<String> userIds() {
        return DemoData.USERS.stream().map(DemoData.DemoUser::id).collect(Collectors.toUnmodifiableSet());
    }
}
