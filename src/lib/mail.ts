/**
 * Outgoing mail through nodemailer. With no SMTP server configured, each message is written as an
 * .eml file in the outbox directory, so every flow that sends mail works on a fresh machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';

/**
 * The sender when MAIL_FROM is not set. Its name is then the group's own (from its settings):
 * see senderFor().
 */
export const defaultMailFrom = 'Coordination platform <no-reply@localhost>';

/** The sender of a mail: MAIL_FROM as set, or, when it is the default, the group's short name at the default address. */
export function senderFor(from: string, groupName: string): string {
  if (from !== defaultMailFrom || groupName.trim() === '') return from;
  return `"${groupName.replace(/["\\\r\n]/g, '').trim()}" <no-reply@localhost>`;
}

export interface MailSettings {
  smtpUrl: string | undefined;
  outboxDir: string;
  from: string;
}

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
}

export interface SentMail {
  /** The .eml file, when the message went to the outbox. */
  outboxPath?: string;
}

const transports = new Map<string, Transporter>();

/** nodemailer loads with the first mail sent rather than at start. */
async function mailer(): Promise<typeof import('nodemailer').default> {
  return (await import('nodemailer')).default;
}

async function smtpTransport(url: string): Promise<Transporter> {
  let transport = transports.get(url);
  if (!transport) {
    transport = (await mailer()).createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

let sequence = 0;

export async function sendMail(settings: MailSettings, message: MailMessage): Promise<SentMail> {
  const envelope = { from: settings.from, to: message.to, subject: message.subject, text: message.text };
  if (settings.smtpUrl) {
    await (await smtpTransport(settings.smtpUrl)).sendMail(envelope);
    return {};
  }
  const built = await (await mailer()).createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(envelope);
  mkdirSync(settings.outboxDir, { recursive: true });
  sequence += 1;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const path = join(settings.outboxDir, `${stamp}-${process.pid}-${sequence}.eml`);
  writeFileSync(path, built.message as Buffer);
  return { outboxPath: path };
}
