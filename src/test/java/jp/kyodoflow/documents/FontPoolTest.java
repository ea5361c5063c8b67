package jp.kyodoflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class FontPoolTest {

    @Test
    void twoDocumentsAtOnceGetTwoFontsAndALaterOneReusesAFontGivenBack() throws Exception {
        FontPool pool = FontPool.shared();
        TrueTypeFont first = pool.borrow();
        TrueTypeFont second = pool.borrow();
        try {
            assertThat(second).isNotSameAs(first);
            assertThat(first.getName()).isEqualTo("IPAexGothic");
        } finally {
            pool.giveBack(second);
            pool.giveBack(first);
        }
        TrueTypeFont later = pool.borrow();
        pool.giveBack(later);
        assertThat(later).isSameAs(first);
    }

    @Test
    void theFontComesFromTheClasspathWithItsLicence() {
        assertThat(FontPool.class.getResource(FontPool.RESOURCE)).isNotNull();
        assertThat(FontPool.class.getResource("/fonts/IPA_Font_License.txt")).isNotNull();
    }
}
