// Sending letters: an SMTP transport (nodemailer) made from SMTP_URL, behind a small interface so
// the reminder round can be tested with a fake. `smtp://user:pass@host:587` uses STARTTLS when the
// server offers it, `smtps://…:465` TLS from the start; `?from=` sets the sender's address.
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** The sender's address, as the letters show it. */
  readonly from: string;
  /** Resolves once the server has accepted the letter; rejects with the server's answer. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  /** SMTP_URL without the `from` parameter, as nodemailer reads it (other parameters such as `tls.*` pass through). */
  transportUrl: string;
  from: string;
}

/** The transport and the sender from SMTP_URL; the sender defaults to `nastavnik@` the host of PUBLIC_URL. */
export function smtpSettings(smtpUrl: string, publicUrl: string | undefined): SmtpSettings {
  const url = new URL(smtpUrl);
  const given = url.searchParams.get('from')?.trim();
  url.searchParams.delete('from');
  const host = publicUrl ? new URL(publicUrl).hostname : '';
  return { transportUrl: url.toString(), from: given || `nastavnik@${host || 'localhost'}` };
}

export function smtpMailer(smtpUrl: string, publicUrl: string | undefined): Mailer {
  const { transportUrl, from } = smtpSettings(smtpUrl, publicUrl);
  const transport = nodemailer.createTransport(transportUrl);
  return {
    from,
    async send(message) {
      await transport.sendMail({ from: { name: 'Наставник', address: from }, ...message });
    },
    close: () => transport.close(),
  };
}
