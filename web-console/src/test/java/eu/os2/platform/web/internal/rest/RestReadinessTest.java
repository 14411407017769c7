package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.rest.PlatformRest;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

class RestReadinessTest {

    private static ServiceReference<?> resource(long id) {
        ServiceReference<?> reference = mock(ServiceReference.class);
        when(reference.getProperty("service.id")).thenReturn(id);
        return reference;
    }

    private static ResourceDTO served(long id) {
        ResourceDTO dto = new ResourceDTO();
        dto.serviceId = id;
        return dto;
    }

    private static ApplicationDTO application(String name, long... served) {
        ApplicationDTO application = new ApplicationDTO();
        application.name = name;
        application.resourceDTOs = java.util.Arrays.stream(served)
                .mapToObj(RestReadinessTest::served)
                .toArray(ResourceDTO[]::new);
        return application;
    }

    private static JaxrsServiceRuntime runtime(long[] served, long... refused) {
        return runtime(new ApplicationDTO[] {application(PlatformRest.APPLICATION_NAME, served)}, refused);
    }

    private static JaxrsServiceRuntime runtime(ApplicationDTO[] applications, long... refused) {
        RuntimeDTO dto = new RuntimeDTO();
        dto.applicationDTOs = applications;
        dto.failedResourceDTOs = java.util.Arrays.stream(refused)
                .mapToObj(id -> {
                    FailedResourceDTO failed = new FailedResourceDTO();
                    failed.serviceId = id;
                    return failed;
                })
                .toArray(FailedResourceDTO[]::new);
        JaxrsServiceRuntime runtime = mock(JaxrsServiceRuntime.class);
        when(runtime.getRuntimeDTO()).thenReturn(dto);
        return runtime;
    }

    private static BundleContext registered(long... ids) throws Exception {
        BundleContext context = mock(BundleContext.class);
        ServiceReference<?>[] references = java.util.Arrays.stream(ids)
                .mapToObj(RestReadinessTest::resource)
                .toArray(ServiceReference[]::new);
        when(context.getAllServiceReferences(
                        null,
                        "(&(osgi.jaxrs.resource=true)(osgi.jaxrs.application.select=\\(osgi.jaxrs.name=os2.platform\\)))"))
                .thenReturn(references);
        return context;
    }

    @Test
    void aRegisteredResourceTheApplicationDoesNotServeYetMeansStarting() throws Exception {
        assertThat(RestReadiness.of(registered(1, 2, 3), runtime(new long[] {1, 2})))
                .containsEntry("status", "STARTING")
                .containsEntry("waiting", 1);
    }

    @Test
    void everyResourceServedOrRefusedMeansUp() throws Exception {
        assertThat(RestReadiness.of(registered(1, 2, 3), runtime(new long[] {1, 2}, 3)))
                .containsEntry("status", "UP")
                .containsEntry("served", 2)
                .containsEntry("refused", 1);
    }

    @Test
    void aResourceServedByAPartnerApplicationDoesNotCountForThePlatform() throws Exception {
        // 3 is registered for the platform's application, but only a partner application serves a resource 3
        JaxrsServiceRuntime runtime = runtime(new ApplicationDTO[] {
            application(PlatformRest.APPLICATION_NAME, 1, 2), application("os2.plugin.hello", 3, 4)
        });
        assertThat(RestReadiness.of(registered(1, 2, 3), runtime))
                .containsEntry("status", "STARTING")
                .containsEntry("served", 2)
                .containsEntry("waiting", 1);
    }

    @Test
    void aRefusedPartnerResourceIsNotCounted() throws Exception {
        assertThat(RestReadiness.of(registered(1, 2), runtime(new long[] {1, 2}, 7)))
                .containsEntry("status", "UP")
                .containsEntry("refused", 0);
    }

    @Test
    void withoutAWhiteboardTheRestIsDown() throws Exception {
        assertThat(RestReadiness.of(registered(1), null)).containsEntry("status", "DOWN");
    }
}
