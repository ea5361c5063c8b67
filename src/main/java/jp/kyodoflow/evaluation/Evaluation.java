package jp.kyodoflow.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "evaluation")
class Evaluation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long projectId;
    int projectYear;
    String kind;
    String evaluator;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Double> scores = Map.of();
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> principles = List.of();
    @Enumerated(EnumType.STRING)
    Verdict verdict;
    String comment;
    String agreedPoints;
    String differences;
    String improvements;
    OffsetDateTime createdAt;

    protected Evaluation() {
    }

    Evaluation(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    EvaluationService.EvaluationView view() {
        return new EvaluationService.EvaluationView(id, projectYear, kind, evaluator, scores, principles,
                verdict == null ? null : verdict.name(),
                comment, agreedPoints, differences, improvements, createdAt);
    }
}
