import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * An answer's title is its question, in the engagement's language (the other language where that
 * one is empty). Titles were written from the English wording and never followed a rewording: they
 * are rewritten here, and from now on the file keeps them in step itself, when a question is
 * reworded or the engagement's language changes, whoever writes the change.
 */
export default function migrate(db: Database): void {
  const language = '(SELECT language FROM engagement)'
  db.exec(`
CREATE TRIGGER answer_titles_follow_question AFTER UPDATE OF text_fr, text_en ON questions
WHEN old.text_fr IS NOT new.text_fr OR old.text_en IS NOT new.text_en BEGIN
  UPDATE documents SET title = ${titleOf('new', language)} WHERE kind = 'answer' AND question_id = new.id;
END;
CREATE TRIGGER answer_titles_follow_language AFTER UPDATE OF language ON engagement
WHEN old.language IS NOT new.language BEGIN
  UPDATE documents SET title = (SELECT ${titleOf('q', 'new.language')} FROM questions q WHERE q.id = documents.question_id)
  WHERE kind = 'answer' AND question_id IN (SELECT id FROM questions);
END;
UPDATE documents SET title = (SELECT ${titleOf('q', language)} FROM questions q WHERE q.id = documents.question_id)
WHERE kind = 'answer' AND question_id IN (SELECT id FROM questions);
`)
}

/** A question's text in a language, else in the other one (an SQL expression). */
const titleOf = (question: string, language: string): string =>
  `CASE WHEN ${language} = 'fr' THEN coalesce(nullif(${question}.text_fr, ''), ${question}.text_en)
     ELSE coalesce(nullif(${question}.text_en, ''), ${question}.text_fr) END`
