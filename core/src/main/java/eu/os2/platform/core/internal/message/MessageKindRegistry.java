package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every kind of message the running bundles registered, by code. A bundle that stops takes its kinds along. */
@Component(service = MessageKindRegistry.class)
public class MessageKindRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(MessageKindRegistry.class);

    private final List<MessageKinds> sources = new CopyOnWriteArrayList<>();

    /** An empty registry; bundles' kinds arrive as services. */
    public MessageKindRegistry() {}

    /** @return a registry holding these sources, for tests and tools outside OSGi */
    public static MessageKindRegistry of(MessageKinds... kinds) {
        MessageKindRegistry registry = new MessageKindRegistry();
        for (MessageKinds source : kinds) {
            registry.add(source);
        }
        return registry;
    }

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void add(MessageKinds source) {
        sources.add(source);
    }

    void remove(MessageKinds source) {
        sources.remove(source);
    }

    /** @return every kind, ordered by code; the first registration of a code wins */
    public List<MessageKind> all() {
        Map<String, MessageKind> byCode = new LinkedHashMap<>();
        for (MessageKinds source : sources) {
            List<MessageKind> kinds;
            try {
                kinds = source.kinds();
            } catch (RuntimeException e) {
                LOG.warn("A bundle's message kinds cannot be read: {}", e.toString());
                continue;
            }
            for (MessageKind kind : kinds) {
                MessageKind earlier = byCode.putIfAbsent(kind.code(), kind);
                if (earlier != null && !earlier.equals(kind)) {
                    LOG.warn("Message kind {} is registered twice; the first registration is used", kind.code());
                }
            }
        }
        List<MessageKind> all = new ArrayList<>(byCode.values());
        all.sort(Comparator.comparing(MessageKind::code));
        return all;
    }

    /** @return the kind with this code, if a running bundle registered it */
    public Optional<MessageKind> kind(String code) {
        return all().stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
