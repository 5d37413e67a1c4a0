import type { QuestionNode } from '../../domain/tree';
import { format, useLang, useStrings } from '../../i18n';
import { wizardStrings } from './strings';

interface QuestionCardProps {
  question: QuestionNode;
  stepNumber: number;
  maxRemaining: number;
  onAnswer: (answerId: string) => void;
}

export function QuestionCard({ question, stepNumber, maxRemaining, onAnswer }: QuestionCardProps) {
  const lang = useLang();
  const t = useStrings(wizardStrings);
  const after = maxRemaining - 1;
  const headingId = `question-${question.id}`;
  const helpId = `question-${question.id}-help`;
  return (
    <section
      className="card question-card"
      data-testid="question"
      data-question-id={question.id}
      aria-labelledby={headingId}
    >
      <p className="step-label">
        <span className="step-number">{format(t.stepOf, { n: stepNumber })}</span>
        <span className="muted">
          {after > 0 ? format(t.remaining, { count: after }) : t.remainingNone}
        </span>
      </p>
      <h2 id={headingId} tabIndex={-1} data-step-heading className="question-text">
        {question.text[lang]}
      </h2>
      <div className="question-help" id={helpId}>
        <h3 className="help-title">{t.whatItMeans}</h3>
        <p>{question.help[lang]}</p>
      </div>
      <div className="answers" role="group" aria-label={t.answersLabel} aria-describedby={helpId}>
        {question.answers.map((answer) => (
          <button
            key={answer.id}
            type="button"
            className="btn answer-button"
            data-answer-id={answer.id}
            onClick={() => {
              onAnswer(answer.id);
            }}
          >
            {answer.label[lang]}
          </button>
        ))}
      </div>
    </section>
  );
}
