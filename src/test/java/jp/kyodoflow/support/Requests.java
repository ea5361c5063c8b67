package jp.kyodoflow.support;

import java.time.LocalDate;
import java.util.List;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupApplicationRequest.Person;

/** Typical inputs, varied per test through the arguments that matter. */
public final class Requests {
    private Requests() {
    }

    public static GroupApplicationRequest group(String name, int members, String address) {
        return new GroupApplicationRequest(name, "NPO", "代表 太郎", "daihyo@example.jp", "0267-11-2222", address,
                members, LocalDate.of(2020, 4, 1), List.of("KANKYO"),
                List.of(new Person("代表 太郎", "代表", null), new Person("会計 次郎", "会計", "committee3")),
                List.of(new Person("会員 三郎", null, null)), true, true, true, true, true, true, true, true);
    }

    public static GroupApplicationRequest eligibleGroup(String name) {
        return group(name, 8, "長野県佐久市銀座1-1-1");
    }
}
