package eu.os2.platform.onboarding.internal.notices;

import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The messages the onboarding plugin sends; none is required, so a person may switch each off. */
@Component(service = MessageKinds.class)
public class OnboardingMessageKinds implements MessageKinds {

    /** A half-yearly self-assessment round opened, to the representatives of the owning organisations. */
    public static final String ROUND_OPENED = "onboarding.round-opened";
    /** A product's self-assessment is past its deadline; also the secretariat's daily digest. */
    public static final String ASSESSMENT_OVERDUE = "onboarding.assessment-overdue";
    /** A product's level was decided. */
    public static final String LEVEL_DECIDED = "onboarding.level-decided";

    @Override
    public List<MessageKind> kinds() {
        return List.of(
                new MessageKind(ROUND_OPENED, false, "Ny runde selvevaluering", "New self-assessment round"),
                new MessageKind(ASSESSMENT_OVERDUE, false, "Selvevaluering er forsinket", "Self-assessment overdue"),
                new MessageKind(LEVEL_DECIDED, false, "Niveau besluttet", "Level decided"));
    }
}
