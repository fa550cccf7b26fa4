/**
 * The forms of a page as a browser would submit them: action, method, encoding, and each field with
 * the value the page gives it (or a plausible one where the page leaves it empty). The markup is our
 * own, so a few patterns read it; they are not a general HTML parser.
 */
export interface FormField {
  name: string;
  /** input type, or "textarea" / "select". */
  type: string;
  value: string;
}

export interface PageForm {
  action: string;
  method: 'GET' | 'POST';
  multipart: boolean;
  fields: FormField[];
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) if (match[1]) found[match[1]] = decode(match[2] ?? '');
  return found;
}

/** A value that passes for the field's type when the page leaves it empty. */
function plausible(type: string, name: string, attrs: Record<string, string>): string {
  if (type === 'date') return '2022-12-01';
  if (type === 'datetime-local') return '2022-12-01T10:00';
  if (type === 'time') return '10:00';
  if (type === 'number') return attrs.min ?? '1';
  if (type === 'email') return 'fuzz.person@example.org';
  if (type === 'url') return 'https://example.org/fuzz';
  if (type === 'password') return 'a fuzzing password';
  if (/year/.test(name)) return '2022';
  return 'Fuzz baseline text';
}

function inputs(body: string): FormField[] {
  const fields: FormField[] = [];
  const seenChoices = new Set<string>();
  for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
    const attrs = attributes(tag);
    const type = attrs.type ?? 'text';
    if (!attrs.name || type === 'submit' || type === 'file' || attrs.name === '_csrf') continue;
    if (type === 'checkbox' || type === 'radio') {
      // One value of a group: the checked one if any, else the first.
      if (seenChoices.has(attrs.name) && !('checked' in attrs)) continue;
      if ('checked' in attrs) for (let i = fields.length - 1; i >= 0; i--) if (fields[i]?.name === attrs.name) fields.splice(i, 1);
      seenChoices.add(attrs.name);
      fields.push({ name: attrs.name, type, value: attrs.value ?? 'on' });
      continue;
    }
    fields.push({ name: attrs.name, type, value: attrs.value || plausible(type, attrs.name, attrs) });
  }
  return fields;
}

function textareas(body: string): FormField[] {
  return [...body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)].flatMap(([, tag = '', content = '']) => {
    const attrs = attributes(tag);
    return attrs.name ? [{ name: attrs.name, type: 'textarea', value: decode(content) || 'Fuzz baseline text' }] : [];
  });
}

function selects(body: string): FormField[] {
  return [...body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)].flatMap(([, tag = '', options = '']) => {
    const attrs = attributes(tag);
    const values = [...options.matchAll(/<option\b([^>]*)>/g)].map(([, option = '']) => attributes(option));
    const chosen = values.find((option) => 'selected' in option) ?? values.find((option) => option.value) ?? values[0];
    return attrs.name ? [{ name: attrs.name, type: 'select', value: chosen?.value ?? '' }] : [];
  });
}

export function formsOf(html: string, pageUrl: string): PageForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, tag = '', body = '']) => {
    const attrs = attributes(tag);
    const action = new URL(attrs.action || pageUrl, 'http://localhost');
    action.searchParams.delete('_csrf');
    return {
      action: `${action.pathname}${action.search}`,
      method: (attrs.method ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET',
      multipart: attrs.enctype === 'multipart/form-data',
      fields: [...inputs(body), ...textareas(body), ...selects(body)],
    };
  });
}
