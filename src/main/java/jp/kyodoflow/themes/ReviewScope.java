package jp.kyodoflow.themes;

/** How the committee reviews a call's themes (configuration per call). */
public enum ReviewScope {
    /** One committee round per theme. */
    THEME,
    /** One committee round (one hearing) for all themes of the call; each theme's ranking is its proposals' order in it. */
    CALL
}
