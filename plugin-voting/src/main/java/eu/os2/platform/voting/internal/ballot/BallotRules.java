package eu.os2.platform.voting.internal.ballot;

import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.BallotChange;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.Choices;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Statute;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a new ballot must be: its kind, decision type, title, options and seats, and the agenda item it decides. */
final class BallotRules {

    /** The longest option or candidate label. */
    static final int OPTION_LABEL_LENGTH = 200;

    private BallotRules() {}

    /** @return field → error code, empty when the ballot may be created */
    static Map<String, String> check(Assembly a, List<AgendaItem> agenda, BallotChange c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.kind() == null) {
            errors.put("kind", "required");
        }
        if (c.decisionType() == null) {
            errors.put("decisionType", "required");
        }
        if (c.title() == null || c.title().isBlank()) {
            errors.put("title", "required");
        } else if (c.title().length() > 300) {
            errors.put("title", "too-long");
        }
        List<Option> options = options(c);
        if (c.kind() != null && c.kind() != BallotKind.YES_NO) {
            Set<String> ids = new HashSet<>();
            for (Option o : options) {
                if (o == null
                        || o.id() == null
                        || !o.id().matches("[A-Za-z0-9-]{1,20}")
                        || o.label() == null
                        || o.label().isBlank()
                        || Choices.ABSTAIN.equals(o.id())
                        || !ids.add(o.id())) {
                    errors.put("options", "invalid-option");
                }
            }
            if (options.size() < 2 && c.kind() == BallotKind.SINGLE_CHOICE || options.isEmpty()) {
                errors.put("options", "too-few");
            }
            if (options.size() > 100) {
                errors.put("options", "too-many");
            }
        }
        if (c.kind() == BallotKind.ELECTION && (c.seats() < 1 || c.seats() > Math.max(1, options.size()))) {
            errors.put("seats", "out-of-range");
        }
        if (options.stream()
                .anyMatch(
                        o -> o != null && o.label() != null && o.label().strip().length() > OPTION_LABEL_LENGTH)) {
            errors.put("options", "too-long");
        }
        // a ballot decides an agenda item, and what an election elects is the item's kind, never its title
        AgendaItem item = c.itemId() == null
                ? null
                : agenda.stream().filter(i -> i.id() == c.itemId()).findFirst().orElse(null);
        if (c.itemId() == null) {
            errors.put("itemId", "required");
        } else if (item == null) {
            errors.put("itemId", "unknown");
        } else if (item.decisionType() == null) {
            errors.put("itemId", "no-decision");
        } else if (c.decisionType() != null
                && (c.decisionType() == DecisionType.ELECTION) != (item.decisionType() == DecisionType.ELECTION)) {
            errors.put("decisionType", "not-the-items");
        } else if (c.decisionType() == DecisionType.ELECTION && !Agenda.ELECTIONS.contains(item.kind())) {
            errors.put("itemId", "elects-unknown");
        } else if (c.decisionType() == DecisionType.ELECTION && item.kind() == Agenda.ItemKind.BOARD_CHAIR) {
            // the chair is elected in odd years only, one seat
            if (!Agenda.chairElectedIn(a.heldAt().getYear())) {
                errors.put("itemId", Statute.CHAIR_ODD_YEARS.code());
            } else if (c.kind() == BallotKind.ELECTION && c.seats() != 1) {
                errors.put("seats", Statute.CHAIR_ODD_YEARS.code());
            }
        }
        return errors;
    }

    static List<Option> options(BallotChange c) {
        return c.options() == null ? List.of() : c.options();
    }
}
