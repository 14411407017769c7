package eu.os2.platform.testing;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.storage.Transactions;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Keeps what a service writes to the outbox, rendered in Danish and English (so that a template
 * that misses a value fails the test), for assertions on who is told what. Resolving recipients to
 * accounts, preferences and sending are core's and tested there.
 *
 * <p>{@link #inTransactionsOf(DataSource)} makes it refuse a message written outside a transaction
 * of {@link Transactions#run(DataSource, java.util.function.Supplier)}: a service test then fails
 * when a change and its message would not commit together. {@link #accepting(MessageKinds)} makes
 * it refuse a kind the bundle does not register, as the platform's outbox does.
 */
public final class RecordingOutbox implements Outbox {

    /** A written message with its content in both languages. */
    public record Written(Message message, Map<Language, MessageContent> content) {
        /** @return the Danish content */
        public MessageContent da() {
            return content.get(Language.DA);
        }

        /** @return the English content */
        public MessageContent en() {
            return content.get(Language.EN);
        }
    }

    private final List<Written> written = new CopyOnWriteArrayList<>();
    private final Set<String> onceKeys = new HashSet<>();
    private final DataSource transactional;
    private final Set<String> kinds;

    /** An outbox that records every message, wherever it is written. */
    public RecordingOutbox() {
        this(null, null);
    }

    private RecordingOutbox(DataSource transactional, Set<String> kinds) {
        this.transactional = transactional;
        this.kinds = kinds;
    }

    /** @return an outbox that accepts messages only inside a transaction on the database */
    public static RecordingOutbox inTransactionsOf(DataSource dataSource) {
        return new RecordingOutbox(dataSource, null);
    }

    /** @return this outbox's copy that accepts only the kinds registered by {@code registered} */
    public RecordingOutbox accepting(MessageKinds registered) {
        Set<String> codes = new HashSet<>();
        for (MessageKind kind : registered.kinds()) {
            codes.add(kind.code());
        }
        return new RecordingOutbox(transactional, codes);
    }

    /** @return every written message, oldest first */
    public List<Written> written() {
        return List.copyOf(written);
    }

    /** @return the written messages of a kind, oldest first */
    public List<Written> written(String kind) {
        return written.stream().filter(w -> w.message().kind().equals(kind)).toList();
    }

    /** Forgets what was written. */
    public void clear() {
        written.clear();
        onceKeys.clear();
    }

    @Override
    public synchronized int enqueue(Message message) {
        if (kinds != null && !kinds.contains(message.kind())) {
            throw new IllegalArgumentException("unregistered message kind " + message.kind());
        }
        if (transactional != null && !Transactions.active(transactional)) {
            throw new AssertionError(message.kind() + " about " + message.reference()
                    + " was written outside the change's transaction (Transactions.run)");
        }
        if (message.onceKey() != null && !onceKeys.add(message.kind() + "|" + message.onceKey())) {
            return 0;
        }
        Map<Language, MessageContent> content = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            content.put(language, message.content().apply(language));
        }
        written.add(new Written(message, Map.copyOf(content)));
        return 1;
    }

    /** @return {@code "https://platform.example/console/"} */
    @Override
    public String consoleUrl() {
        return "https://platform.example/console/";
    }
}
