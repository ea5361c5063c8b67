package jp.kyodoflow.themes;

import java.util.List;
import java.util.Optional;
import jp.kyodoflow.common.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {
    List<Theme> findByFiscalYearOrderByIdAsc(int fiscalYear);

    Optional<Theme> findByProcessInstanceId(String processInstanceId);

    /** The theme, or 404 in Japanese. */
    default Theme load(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
    }
}

interface ThemeCallRepository extends JpaRepository<ThemeCall, Long> {
    default ThemeCall load(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("公募が見つかりません"));
    }
}

interface PublicationRepository extends JpaRepository<Publication, Long> {
    List<Publication> findByCallIdOrderByIdAsc(long callId);

    List<Publication> findByThemeIdOrderByIdAsc(long themeId);

    List<Publication> findByThemeIdInOrderByIdAsc(java.util.Collection<Long> themeIds);

    List<Publication> findByCallIdInOrderByIdAsc(java.util.Collection<Long> callIds);

    Optional<Publication> findByCallIdAndThemeId(long callId, long themeId);

    Optional<Publication> findByProposalRoundId(long proposalRoundId);

    default Publication load(long callId, long themeId) {
        return findByCallIdAndThemeId(callId, themeId)
                .orElseThrow(() -> new NotFoundException("このテーマはこの公募に含まれていません"));
    }

    /** The theme's latest publication, if it was ever published. */
    default Optional<Publication> latest(long themeId) {
        List<Publication> all = findByThemeIdOrderByIdAsc(themeId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}

interface QuestionRepository extends JpaRepository<Question, Long> {
    List<Question> findByThemeIdOrderByIdAsc(long themeId);

    default Question load(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("質問が見つかりません"));
    }
}

/**
 * Names this file of the module's repositories: a source without a class of its own name looks stale to the
 * compiler's change check, and every run of the README's command would compile it again.
 */
final class ThemeRepositories {
    private ThemeRepositories() {
    }
}
