package jp.kyodoflow.themes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A group's question about a published theme and the department's answer (published without the asker). */
@Entity
@Table(name = "theme_question")
class Question {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long themeId;
    Long publicationId;
    Long groupId;
    String askedBy;
    String question;
    OffsetDateTime askedAt;
    String answer;
    String answeredBy;
    OffsetDateTime answeredAt;
    String processInstanceId;
}
