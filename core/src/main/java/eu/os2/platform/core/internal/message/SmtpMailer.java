package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.Attachment;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Writes outbox messages as MIME mail and hands them to the SMTP server, over one connection per batch. */
final class SmtpMailer {

    /** How a try ended. */
    enum Outcome {
        /** The server took it. */
        SENT,
        /** The server answered 4xx: try again later, and count the try. */
        TEMPORARY,
        /** The server refused it for good (5xx, an unknown address). */
        REFUSED,
        /** The connection broke: the message is not to blame. */
        CONNECTION
    }

    /** A try's outcome with the server's answer. */
    record Result(Outcome outcome, String answer) {}

    /** An open connection to the server. */
    interface Connection extends AutoCloseable {
        Result send(SendingStore.Claimed message, Instant now);

        @Override
        void close();
    }

    private SmtpMailer() {}

    /**
     * @return an open connection
     * @throws MessagingException when the server cannot be reached or refuses the login
     */
    static Connection connect(MailSettings settings) throws MessagingException {
        try {
            return MailClassLoader.around(() -> {
                try {
                    return open(settings);
                } catch (MessagingException e) {
                    throw new Wrapped(e);
                }
            });
        } catch (Wrapped e) {
            throw e.cause;
        }
    }

    private static Connection open(MailSettings settings) throws MessagingException {
        boolean tls = settings.security().equals("tls");
        String protocol = tls ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", String.valueOf(settings.port()));
        props.setProperty(
                p + "connectiontimeout",
                String.valueOf(settings.connectTimeout().toMillis()));
        props.setProperty(p + "timeout", String.valueOf(settings.readTimeout().toMillis()));
        props.setProperty(
                p + "writetimeout", String.valueOf(settings.readTimeout().toMillis()));
        props.setProperty(p + "auth", String.valueOf(!settings.username().isEmpty()));
        props.setProperty(p + "from", new InternetAddress(settings.sender()).getAddress());
        if (settings.security().equals("starttls")) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
            props.setProperty(p + "ssl.checkserveridentity", "true");
        } else if (tls) {
            props.setProperty(p + "ssl.enable", "true");
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        props.setProperty("mail.mime.charset", "UTF-8");
        props.setProperty("mail.mime.encodefilename", "true");
        Session session = Session.getInstance(props);
        URLName url = new URLName(
                protocol,
                settings.host(),
                settings.port(),
                null,
                settings.username().isEmpty() ? null : settings.username(),
                settings.username().isEmpty() ? null : settings.password());
        SMTPTransport transport = tls ? new SMTPSSLTransport(session, url) : new SMTPTransport(session, url);
        if (settings.username().isEmpty()) {
            transport.connect();
        } else {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        }
        return new Open(session, transport, settings);
    }

    private static final class Open implements Connection {
        private final Session session;
        private final Transport transport;
        private final MailSettings settings;

        Open(Session session, Transport transport, MailSettings settings) {
            this.session = session;
            this.transport = transport;
            this.settings = settings;
        }

        @Override
        public Result send(SendingStore.Claimed message, Instant now) {
            return MailClassLoader.around(() -> {
                MimeMessage mime;
                try {
                    mime = compose(session, settings, message, now);
                } catch (MessagingException | RuntimeException e) {
                    // the message itself cannot be written (e.g. a malformed address): trying again cannot help
                    return new Result(Outcome.REFUSED, "cannot be written: " + e.getMessage());
                }
                try {
                    transport.sendMessage(mime, mime.getAllRecipients());
                    return new Result(Outcome.SENT, null);
                } catch (MessagingException e) {
                    return classify(e, transport.isConnected());
                }
            });
        }

        @Override
        public void close() {
            try {
                MailClassLoader.around(() -> {
                    try {
                        transport.close();
                    } catch (MessagingException e) {
                        // the messages are sent; a failed QUIT changes nothing
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                // as above
            }
        }
    }

    /** Sorts a failed try by the server's answer. */
    static Result classify(MessagingException failure, boolean stillConnected) {
        int code = -1;
        StringBuilder answer = new StringBuilder();
        Exception e = failure;
        int depth = 0;
        while (e != null && depth++ < 10) {
            if (e instanceof SMTPAddressFailedException a) {
                code = Math.max(code, a.getReturnCode());
            } else if (e instanceof SMTPSendFailedException s) {
                code = Math.max(code, s.getReturnCode());
            }
            String text = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().strip();
            if (!text.isEmpty() && answer.indexOf(text) < 0) {
                if (answer.length() > 0) {
                    answer.append(" | ");
                }
                answer.append(text);
            }
            e = e instanceof MessagingException m ? m.getNextException() : null;
        }
        String said = answer.toString();
        if (code >= 400 && code < 500) {
            return new Result(Outcome.TEMPORARY, said);
        }
        if (code >= 500 || failure instanceof SendFailedException) {
            return new Result(Outcome.REFUSED, said);
        }
        if (!stillConnected || hasCause(failure, IOException.class)) {
            return new Result(Outcome.CONNECTION, said);
        }
        return new Result(Outcome.TEMPORARY, said);
    }

    private static boolean hasCause(Throwable t, Class<?> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return the message as MIME: mixed { alternative { plain, html }, attachments… } */
    static MimeMessage compose(Session session, MailSettings settings, SendingStore.Claimed message, Instant now)
            throws MessagingException {
        String messageId = message.messageId();
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(settings.sender(), true));
        if (!settings.replyTo().isEmpty()) {
            mime.setReplyTo(InternetAddress.parse(settings.replyTo(), true));
        }
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.address(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(now));
        mime.setHeader("Content-Language", message.language().code());
        mime.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(message.body(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(
                HtmlBody.of(message.subject(), message.body(), message.language()),
                StandardCharsets.UTF_8.name(),
                "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        MimeBodyPart text = new MimeBodyPart();
        text.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text);
        for (Attachment attachment : message.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }

    private static final class Wrapped extends RuntimeException {
        final MessagingException cause;

        Wrapped(MessagingException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
