export {
  FormController,
  focusFieldIn,
  inScope,
  type FormControllerOptions,
  type FormRule,
  type KitHost,
  type SummaryEntry,
  type Validation,
} from './form-controller.ts';
export {
  type FieldError,
  type ServerFieldError,
  messageForIssue,
  pointerToPath,
} from './issues.ts';
export type { FieldKey } from './model.ts';
export type { FormSchema, LazyFormSchema, SchemaIssue, SchemaOutput } from './schema.ts';
export type { FieldOptions } from './field-parts.ts';
export {
  textField,
  emailField,
  telField,
  selectField,
  checkboxField,
  textareaField,
  type Autocomplete,
  type InputWidth,
  type TextFieldOptions,
  type SelectFieldOptions,
  type TextareaFieldOptions,
} from './fields.ts';
export {
  radioGroup,
  checkboxGroup,
  type Choice,
  type ChoiceGroupOptions,
  type RadioGroupOptions,
  type CheckboxGroupOptions,
} from './choice-group.ts';
export { dateOfBirthField, type DateOfBirthFieldOptions } from './date-of-birth-field.ts';
export {
  parseDateParts,
  partsFromIso,
  splitTypedDate,
  type DateBounds,
  type DateParts,
} from './date-parts.ts';
export { errorSummary } from './error-summary.ts';
export { StepController, type Step, type StepControllerOptions } from './step-controller.ts';
export { stepper, stepHeading } from './stepper.ts';
export { reviewList, type ReviewRow, type ReviewSection } from './review.ts';
export {
  SubmitController,
  classifyFailure,
  schemaLoaded,
  type SubmitFailure,
  type SubmitOutcome,
  type SubmitControllerOptions,
} from './submit-controller.ts';
export { submitButton, secondaryButton, retryBanner, emergencyNotice } from './notices.ts';
export { Announcer, type AnnouncerLanguage } from './announcer.ts';
export { kitStyles } from './styles.ts';
export { themeTokens, type ThemeToken, type ThemeTokenName } from './tokens.ts';
