/**
 * A small JSX runtime for server-rendered pages: elements become SafeHtml strings and every text or
 * attribute value is escaped, so markup can only enter through SafeHtml.
 */
import { SafeHtml, escapeHtml } from '../html';

export type Child = SafeHtml | string | number | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component<P> = (props: P) => SafeHtml;

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function renderChild(child: Child): string {
  if (child === null || child === undefined || child === false || child === true) return '';
  if (child instanceof SafeHtml) return child.value;
  if (Array.isArray(child)) return child.map(renderChild).join('');
  return escapeHtml(String(child));
}

function attributeName(name: string): string {
  if (name === 'className') return 'class';
  if (name === 'htmlFor') return 'for';
  return name;
}

function renderAttributes(props: Props): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === null || value === undefined || value === false) continue;
    if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) throw new Error(`Invalid attribute name: ${name}`);
    out += value === true ? ` ${attributeName(name)}` : ` ${attributeName(name)}="${escapeHtml(String(value))}"`;
  }
  return out;
}

export function jsx<P extends Props>(type: string | Component<P>, props: P): SafeHtml {
  if (typeof type === 'function') return type(props);
  const open = `<${type}${renderAttributes(props)}>`;
  if (voidElements.has(type)) return new SafeHtml(open);
  return new SafeHtml(`${open}${renderChild(props.children)}</${type}>`);
}

export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment(props: { children?: Child }): SafeHtml {
  return new SafeHtml(renderChild(props.children));
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = SafeHtml;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicElements {
    [element: string]: Record<string, unknown> & { children?: Child };
  }
}
