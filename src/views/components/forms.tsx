import type { Child } from '#jsx/jsx-runtime';
import { escapeHtml, type SafeHtml } from '../../lib/html';
import type { ViewContext } from '../context';

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ ctx }: { ctx: ViewContext }): SafeHtml {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />;
}

/** A POST form with its CSRF token. */
export function PostForm(props: { ctx: ViewContext; action: string; children?: Child; class?: string; confirm?: string; enctype?: string }): SafeHtml {
  // A multipart body is read after the CSRF check, so the token travels in the address (before any #fragment).
  const [path = '', fragment] = props.action.split('#');
  const action =
    props.enctype === 'multipart/form-data'
      ? `${path}${path.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(props.ctx.csrfToken ?? '')}${fragment === undefined ? '' : `#${fragment}`}`
      : props.action;
  return (
    <form method="post" action={action} class={props.class} data-confirm={props.confirm} enctype={props.enctype}>
      <CsrfField ctx={props.ctx} />
      {props.children}
    </form>
  );
}

/**
 * A GET form of a few fields in a row (class "filters"): a list's filters, or what to show next. The
 * submit button says `apply`; `clear`, while a filter is set, links back to the unfiltered list.
 * `role="search"` or an aria-label names the form for assistive technology.
 */
export function FilterBar(props: { action: string; apply: string; clear?: { href: string; label: string } | null; role?: 'search'; label?: string; class?: string; children?: Child }): SafeHtml {
  return (
    <form class={props.class ? `filters ${props.class}` : 'filters'} method="get" action={props.action} role={props.role} aria-label={props.label}>
      {props.children}
      <div class="actions">
        <button type="submit">{props.apply}</button>
        {props.clear ? <a href={props.clear.href}>{props.clear.label}</a> : null}
      </div>
    </form>
  );
}

/** The foot of an edit form: the submit button, and a link back to where the person came from. */
export function FormActions({ ctx, submit, cancel }: { ctx: ViewContext; submit: string; cancel: string }): SafeHtml {
  return (
    <div class="actions">
      <button type="submit">{submit}</button>
      <a href={cancel}>{ctx.t('form.cancel')}</a>
    </div>
  );
}

// ---- form state ----

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

/** A form shown again after a refused save: what was typed, what was wrong, and why. */
export interface FormState {
  values: FormValues;
  errors: FieldErrors;
  message: string | null;
  /** When the save was refused as stale: what is saved now (see NewerValues). */
  newer?: SafeHtml | null;
}

export const emptyForm: FormState = { values: {}, errors: {}, message: null };

/** A value as typed, as text; a field sent several times gives one value a line. */
export function fieldValue(state: Pick<FormState, 'values'>, name: string): string {
  const value = state.values[name];
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/** The values of a field that may be sent several times (a checkbox group). */
export function fieldList(state: Pick<FormState, 'values'>, name: string): string[] {
  const value = state.values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
}

// ---- messages ----

/** The message of a field that failed validation (`errors` is keyed by field name), with id `<id>-error`. */
export function FieldError({ errors, name, id = name }: { errors: FieldErrors; name: string; id?: string }): SafeHtml {
  const message = errors[name];
  return message ? (
    <p class="field-error" id={`${id}-error`}>
      {message}
    </p>
  ) : (
    <></>
  );
}

/**
 * The GOV.UK error summary: every problem at once, at the top of the form, each a link to its field.
 * The link names the field by its visible label: `labelErrorSummaries` fills it in from the page's own
 * <label for> or <legend> once the whole page is rendered (sendHtml does), so no form repeats its labels.
 * site.js moves the focus to the summary; without JavaScript it is still the first thing in the form.
 */
export function ErrorSummary({ ctx, errors, message }: { ctx: ViewContext; errors: FieldErrors; message?: string | null }): SafeHtml {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !message) return <></>;
  return (
    <div class="error-summary" role="alert" tabindex="-1" id="error-summary" data-error-summary="">
      <h2 class="error-summary-title">{message ?? ctx.t('form.errors')}</h2>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, text]) =>
            field === 'input' ? (
              <li>{text}</li>
            ) : (
              <li>
                <a href={`#${field}`} data-error-field={field}>
                  {field}
                </a>
                : {text}
              </li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}

const attributeValue = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);

function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\*$/, '');
}

/** A pattern matching `text` literally. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "evidence_links" -> "Evidence links": the last resort when a field has no label on the page. */
function humanised(field: string): string {
  const words = field.replace(/[_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The id and visible label (as markup-safe text) of the control for `field`, by id else by name, in a rendered page. */
export function fieldLabel(page: string, field: string): { id: string | null; label: string } {
  const name = literally(escapeHtml(field));
  const byId = new RegExp(`<(\\w+)[^>]*\\sid="${name}"[^>]*>`).exec(page);
  const byName = byId ? null : new RegExp(`<(?:input|select|textarea)[^>]*\\sname="${name}"[^>]*>`).exec(page);
  const id = byId ? escapeHtml(field) : byName ? (attributeValue('id').exec(byName[0])?.[1] ?? null) : null;
  if (id === null) return { id: null, label: escapeHtml(humanised(field)) };
  const quoted = literally(id);
  const label = new RegExp(`<label[^>]*\\sfor="${quoted}"[^>]*>([\\s\\S]*?)</label>`).exec(page)?.[1];
  const legend = new RegExp(`<fieldset[^>]*\\sid="${quoted}"[^>]*>\\s*<legend[^>]*>([\\s\\S]*?)</legend>`).exec(page)?.[1];
  const text = textOf(label ?? legend ?? '');
  return { id, label: text || escapeHtml(humanised(field)) };
}

/**
 * Names each field of the page's error summaries by its visible label, links it to the control's
 * real id, and drops the link of a field that is not on the page. The text comes from the page itself,
 * already escaped.
 */
export function labelErrorSummaries(page: string): string {
  if (!page.includes('data-error-field="')) return page;
  const labelled = page.replace(/<a href="[^"]*" data-error-field="([^"]*)">[^<]*<\/a>/g, (_link, escaped: string) => {
    const field = unescapeAttribute(escaped);
    const { id, label } = fieldLabel(page, field);
    return id === null ? `<span class="error-summary-field">${label}</span>` : `<a href="#${id}">${label}</a>`;
  });
  return inFormOrder(labelled);
}

/** The problems of each summary in the order their fields come in the page, as a person meets them. */
function inFormOrder(page: string): string {
  return page.replace(/(<div class="error-summary"[^>]*>[\s\S]*?<ul>)([\s\S]*?)(<\/ul>)/g, (_whole, start: string, items: string, end: string) => {
    const entries = items.match(/<li>[\s\S]*?<\/li>/g) ?? [];
    const position = (entry: string) => {
      const id = /<a href="#([^"]*)"/.exec(entry)?.[1];
      const at = id ? page.indexOf(` id="${id}"`) : -1;
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    };
    const sorted = entries.map((entry, index) => ({ entry, index, at: position(entry) })).sort((a, b) => a.at - b.at || a.index - b.index);
    return `${start}${sorted.map((item) => item.entry).join('')}${end}`;
  });
}

function unescapeAttribute(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * After a save was refused as stale (optimistic concurrency): what is saved now, shown above the form
 * that still holds what the person typed. Renders nothing without `newer`.
 */
/** Labelled values as a list of facts: what a record holds, shown beside a form refused as stale. */
export function FactList({ rows }: { rows: [label: string, value: string][] }): SafeHtml {
  return (
    <dl class="facts">
      {rows.map(([label, value]) => (
        <div>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function NewerValues({ ctx, newer }: { ctx: ViewContext; newer: SafeHtml | null | undefined }): SafeHtml {
  if (!newer) return <></>;
  return (
    <section class="newer-values" aria-labelledby="newer-title">
      <h2 id="newer-title">{ctx.t('form.newerValues')}</h2>
      {newer}
    </section>
  );
}

// ---- fields ----

/** What a control's aria-describedby names: its hint and its error message, when it has them. */
function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/**
 * The frame every single-control field shares: the label, an optional hint (id `<id>-hint`), the
 * control passed as children (with id `id`), and the error message of `name` (id `<id>-error`).
 */
export function Field(props: { id: string; name: string; label: string; hint?: string | undefined; errors?: FieldErrors | undefined; children?: Child }): SafeHtml {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      <FieldError errors={props.errors ?? {}} name={props.name} id={props.id} />
    </div>
  );
}

type InputAttributes = Record<string, string | number | boolean | null | undefined>;

/**
 * A labelled <input> whose id is its name. `attributes` are the input's own (type, value, …); the
 * field adds the aria attributes that mark it invalid and tie it to its hint and error message.
 */
export function InputField(props: { name: string; label: string; hint?: string | undefined; errors?: FieldErrors | undefined; attributes: InputAttributes }): SafeHtml {
  const error = props.errors?.[props.name];
  return (
    <Field id={props.name} name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      <input id={props.name} name={props.name} {...props.attributes} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)} />
    </Field>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  value?: string | number | null;
  type?: string;
  errors?: FieldErrors;
  required?: boolean;
  hint?: string;
  autocomplete?: string;
  maxlength?: number;
}): SafeHtml {
  const { type = 'text', value, required, autocomplete, maxlength, ...field } = props;
  return <InputField {...field} attributes={{ type, value: value ?? '', required, autocomplete, maxlength }} />;
}

export function TextArea(props: { name: string; label: string; value?: string | null; errors?: FieldErrors; hint?: string; rows?: number }): SafeHtml {
  const error = props.errors?.[props.name];
  return (
    <Field id={props.name} name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      <textarea id={props.name} name={props.name} rows={props.rows ?? 6} aria-describedby={props.hint ? `${props.name}-hint` : undefined} aria-invalid={error ? 'true' : undefined}>
        {props.value ?? ''}
      </textarea>
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Options that are their own labels: years, tags, version numbers. */
export function plainOptions(values: (string | number)[]): SelectOption[] {
  return values.map((value) => ({ value: String(value), label: String(value) }));
}

/**
 * A bare <select> (SelectField puts it in a labelled field): the option whose value is `selected` is
 * marked, and `blank` adds a first option with the empty value ("all" in a filter, or "none").
 */
export function Select(props: {
  id: string;
  name: string;
  options: SelectOption[];
  selected?: string | null | undefined;
  blank?: string | undefined;
  invalid?: boolean;
  describedBy?: string | undefined;
}): SafeHtml {
  return (
    <select id={props.id} name={props.name} aria-invalid={props.invalid ? 'true' : undefined} aria-describedby={props.describedBy}>
      {props.blank !== undefined ? <option value="">{props.blank}</option> : null}
      {props.options.map((option) => (
        <option value={option.value} selected={option.value === props.selected}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled choice of one option; `id` defaults to `name` (filters use their own ids). */
export function SelectField(props: {
  name: string;
  id?: string;
  label: string;
  options: SelectOption[];
  selected?: string | null | undefined;
  blank?: string;
  errors?: FieldErrors;
  hint?: string;
}): SafeHtml {
  const id = props.id ?? props.name;
  const error = props.errors?.[props.name];
  return (
    <Field id={id} name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      <Select id={id} name={props.name} options={props.options} selected={props.selected} blank={props.blank} invalid={Boolean(error)} describedBy={describedBy(id, props.hint, error)} />
    </Field>
  );
}

export function CheckboxGroup(props: { name: string; legend: string; options: SelectOption[]; selected: string[]; errors?: FieldErrors }): SafeHtml {
  return (
    <fieldset class="field checkbox-group" id={props.name}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label class="checkbox">
          <input type="checkbox" name={props.name} value={option.value} checked={props.selected.includes(option.value)} /> {option.label}
        </label>
      ))}
      <FieldError errors={props.errors ?? {}} name={props.name} />
    </fieldset>
  );
}
