package jp.kyodoflow.themes;

import jp.kyodoflow.projects.CollaborationForm;

/** Japanese names of the codes a theme carries. */
final class ThemeLabels {
    private ThemeLabels() {
    }

    static String form(String code) {
        return CollaborationForm.labelOf(code);
    }
}
