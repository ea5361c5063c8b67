package jp.kyodoflow.themes.events;

/** The case types under which themes, their calls and questions keep their history and notices. */
public final class ThemeCase {
    /** A department's theme (TH-…). */
    public static final String TYPE = "THEME";
    /** A call that publishes themes (TC-…). */
    public static final String CALL = "THEME_CALL";

    private ThemeCase() {
    }
}
