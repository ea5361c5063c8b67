package jp.kyodoflow.groups.events;

/** The case type under which registration applications keep their history. */
public final class GroupCase {
    public static final String TYPE = "GROUP_APPLICATION";

    private GroupCase() {
    }
}
