import type { Child } from '#jsx/jsx-runtime';
import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../context';

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ ctx }: { ctx: ViewContext }): SafeHtml {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />;
}

/** A POST form with its CSRF token. */
export function PostForm(props: { ctx: ViewContext; action: string; children?: Child; class?: string; confirm?: string; enctype?: string }): SafeHtml {
  const action = props.enctype === 'multipart/form-data' ? `${props.action}${props.action.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(props.ctx.csrfToken ?? '')}` : props.action;
  return (
    <form method="post" action={action} class={props.class} data-confirm={props.confirm} enctype={props.enctype}>
      <CsrfField ctx={props.ctx} />
      {props.children}
    </form>
  );
}

export type FieldErrors = Record<string, string>;

export function FieldError({ errors, name }: { errors: FieldErrors; name: string }): SafeHtml {
  const message = errors[name];
  return message ? <p class="field-error" id={`${name}-error`}>{message}</p> : <></>;
}

export function ErrorSummary({ ctx, errors, message }: { ctx: ViewContext; errors: FieldErrors; message?: string | null }): SafeHtml {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !message) return <></>;
  return (
    <div class="notice flash-error" role="alert" tabindex="-1" id="error-summary">
      <p>
        <strong>{message ?? ctx.t('form.errors')}</strong>
      </p>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, text]) => (
            <li>
              <a href={`#${field}`}>{field}</a>: {text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
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
  const errors = props.errors ?? {};
  const described = [props.hint ? `${props.name}-hint` : null, errors[props.name] ? `${props.name}-error` : null].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${props.name}-hint`}>{props.hint}</p> : null}
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        required={props.required}
        autocomplete={props.autocomplete}
        maxlength={props.maxlength}
        aria-invalid={errors[props.name] ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
      <FieldError errors={errors} name={props.name} />
    </div>
  );
}

export function TextArea(props: { name: string; label: string; value?: string | null; errors?: FieldErrors; hint?: string; rows?: number }): SafeHtml {
  const errors = props.errors ?? {};
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${props.name}-hint`}>{props.hint}</p> : null}
      <textarea id={props.name} name={props.name} rows={props.rows ?? 6} aria-describedby={props.hint ? `${props.name}-hint` : undefined} aria-invalid={errors[props.name] ? 'true' : undefined}>
        {props.value ?? ''}
      </textarea>
      <FieldError errors={errors} name={props.name} />
    </div>
  );
}

export function CheckboxGroup(props: { name: string; legend: string; options: { value: string; label: string }[]; selected: string[]; errors?: FieldErrors }): SafeHtml {
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
