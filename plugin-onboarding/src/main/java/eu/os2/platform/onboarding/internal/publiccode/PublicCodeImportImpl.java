package eu.os2.platform.onboarding.internal.publiccode;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.onboarding.internal.Access;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.PublicCode;
import eu.os2.platform.onboarding.internal.model.PublicCodeFetcher;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** publiccode.yml, pasted or fetched: the product's empty fields filled and the current draft's criteria marked. */
@Component(service = PublicCodeImport.class)
public class PublicCodeImportImpl implements PublicCodeImport {

    private final ProductRegistry registry;
    private final Assessments assessments;
    private final OnboardingStore store;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final PublicCodeFetcher fetcher;

    @Activate
    public PublicCodeImportImpl(
            @Reference ProductRegistry registry,
            @Reference Assessments assessments,
            @Reference OnboardingStore store,
            @Reference AuditLog audit,
            @Reference PlatformClock clock) {
        this(registry, assessments, store, audit, clock, new PublicCodeFetcher());
    }

    /** The component with its fetcher given (tests). */
    public PublicCodeImportImpl(
            ProductRegistry registry,
            Assessments assessments,
            OnboardingStore store,
            AuditLog audit,
            PlatformClock clock,
            PublicCodeFetcher fetcher) {
        this.registry = registry;
        this.assessments = assessments;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.fetcher = fetcher;
    }

    @Override
    public PublicCode.Imported importPublicCodeFrom(long productId, String url, PlatformUser actor) {
        Access.requireSecretariatOrCoordinator(registry.require(productId), actor);
        return importPublicCode(productId, fetcher.fetch(url), actor);
    }

    @Override
    public PublicCode.Imported importPublicCode(long productId, String yaml, PlatformUser actor) {
        Access.requireSecretariatOrCoordinator(registry.require(productId), actor);
        PublicCode.Facts facts = PublicCode.parse(yaml);
        return store.inTransaction(() -> {
            Product p = registry.require(productId);
            store.updateProduct(filled(p, facts), p.version(), null);
            List<Mark> marks = new ArrayList<>();
            facts.evidences()
                    .forEach((code, evidence) ->
                            marks.add(new Mark(code, Mark.Status.MET, evidence, List.of("publiccode.yml"))));
            String round = assessments.currentRound();
            Assessment current = assessments.assessment(productId, round);
            List<String> marked = List.of();
            if (current.state() == AssessmentState.DRAFT) {
                assessments.saveMarks(productId, round, current.version(), marks, actor);
                marked = marks.stream().map(Mark::code).toList();
            }
            store.history(
                    productId,
                    new HistoryEntry(
                            clock.now(),
                            actor.username(),
                            "IMPORT",
                            "publiccode.yml: " + facts.name()
                                    + (marked.isEmpty() ? "" : "; opfylder " + String.join(", ", marked))));
            Product after = registry.require(productId);
            audit.appendChange(
                    actor.username(), "onboarding.product.publiccode", "product", Long.toString(productId), p, after);
            return new PublicCode.Imported(facts, marked);
        });
    }

    /** The product with its empty purpose, repository and licence filled from the file. */
    private static Product filled(Product p, PublicCode.Facts facts) {
        return new Product(
                p.id(),
                p.name(),
                p.purpose() == null ? facts.description() : p.purpose(),
                p.repositoryUrl() == null ? facts.url() : p.repositoryUrl(),
                p.licence() == null ? facts.licence() : p.licence(),
                p.licenceBeingClarified(),
                p.step(),
                p.level(),
                p.owners(),
                p.supporters(),
                p.coordinator(),
                p.steeringGroup(),
                p.coordinationGroup(),
                p.suppliers(),
                p.links(),
                p.facts(),
                p.version());
    }
}
