package jp.kyodoflow.projects.events;

/** The case type under which projects (with their agreements and evaluations) keep their history. */
public final class ProjectCase {
    public static final String TYPE = "PROJECT";

    private ProjectCase() {
    }
}
