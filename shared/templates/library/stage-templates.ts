/** The source of one message: subject (absent for call scripts) and body. */
export interface TemplateSource {
  readonly subject?: string;
  readonly body: string;
}

/** A stage's templates in one language, per channel. */
export interface StageTemplates {
  readonly email: TemplateSource;
  readonly phone: TemplateSource;
  readonly letter: TemplateSource;
}

/** What a stage says, before it is framed as an email or a letter. */
export interface StageText {
  readonly subject: string;
  /** Letter heading line (a formal title). */
  readonly heading: string;
  /** Paragraphs between greeting and payment details. */
  readonly core: string;
  /** Whether "how to pay" follows the core (not for thank-you, legal drafts carry their own). */
  readonly payment: boolean;
}

/** What a call at this stage covers. */
export interface CallScript {
  readonly title: string;
  readonly opening: string;
  readonly facts: string;
  readonly questions: readonly string[];
  readonly replies: { readonly forgot: string; readonly cashFlow: string; readonly dispute: string; readonly paid: string };
  readonly nextStep: readonly string[];
}
