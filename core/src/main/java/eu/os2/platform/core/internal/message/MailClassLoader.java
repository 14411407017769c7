package eu.os2.platform.core.internal.message;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Jakarta Mail and Activation find their implementations (the SMTP provider, the stream provider,
 * the mailcap and MIME type registries) through the thread's context class loader. In OSGi that is
 * not the mail bundles', so around Session and Transport use the context loader is this one: it sees
 * the API, Angus Mail and Angus Activation.
 */
final class MailClassLoader extends ClassLoader {

    private static final MailClassLoader INSTANCE = new MailClassLoader(List.of(
            jakarta.mail.Session.class.getClassLoader(),
            jakarta.activation.DataHandler.class.getClassLoader(),
            org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader(),
            org.eclipse.angus.activation.MailcapRegistryProviderImpl.class.getClassLoader(),
            MailClassLoader.class.getClassLoader()));

    private final List<ClassLoader> loaders;

    private MailClassLoader(List<ClassLoader> loaders) {
        super(null);
        List<ClassLoader> distinct = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            if (loader != null && !distinct.contains(loader)) {
                distinct.add(loader);
            }
        }
        this.loaders = List.copyOf(distinct);
    }

    /** Runs the work with this loader as the thread's context class loader. */
    static <T> T around(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(INSTANCE);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                // the next one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>();
        for (ClassLoader loader : loaders) {
            urls.addAll(Collections.list(loader.getResources(name)));
        }
        return Collections.enumeration(urls);
    }
}
