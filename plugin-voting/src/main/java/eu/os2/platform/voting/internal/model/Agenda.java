package eu.os2.platform.voting.internal.model;

import eu.os2.platform.api.voting.DecisionType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The fixed agenda of an ordinary assembly (the statutes), generated when it is called. */
public final class Agenda {

    /** What an agenda item is. */
    public enum ItemKind {
        CHAIR_OF_MEETING,
        REPORT,
        ACCOUNTS,
        MEMBERSHIP_FEE,
        PROPOSALS,
        PROPOSAL,
        BOARD_CHAIR,
        BOARD_MEMBERS,
        ALTERNATES,
        AUDITOR,
        EXCLUSION,
        ANY_OTHER,
        OTHER
    }

    /** The items that elect someone: what an election elects is its item's kind. */
    public static final Set<ItemKind> ELECTIONS = EnumSet.of(
            ItemKind.CHAIR_OF_MEETING,
            ItemKind.BOARD_CHAIR,
            ItemKind.BOARD_MEMBERS,
            ItemKind.ALTERNATES,
            ItemKind.AUDITOR);

    /** @return whether the statutes elect the board's chair in the year (odd years, for 2 years) */
    public static boolean chairElectedIn(int year) {
        return year % 2 != 0;
    }

    /**
     * @param kind what it is
     * @param title Danish title
     * @param decisionType what it decides, or null for an item without a vote
     */
    public record Item(ItemKind kind, String title, DecisionType decisionType) {}

    private Agenda() {}

    /** @return the fixed items for an ordinary assembly in the year; the board chair is elected in odd years only */
    public static List<Item> ordinary(int year) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(ItemKind.CHAIR_OF_MEETING, "Valg af dirigent", DecisionType.ELECTION));
        items.add(new Item(ItemKind.REPORT, "Bestyrelsens beretning", null));
        items.add(new Item(ItemKind.ACCOUNTS, "Godkendelse af regnskab", DecisionType.ORDINARY));
        items.add(new Item(
                ItemKind.MEMBERSHIP_FEE, "Fastsættelse af kontingent for " + (year + 1), DecisionType.MEMBERSHIP_FEE));
        items.add(new Item(ItemKind.PROPOSALS, "Indkomne forslag", null));
        if (chairElectedIn(year)) {
            items.add(new Item(ItemKind.BOARD_CHAIR, "Valg af formand", DecisionType.ELECTION));
        }
        items.add(new Item(ItemKind.BOARD_MEMBERS, "Valg af bestyrelsesmedlemmer", DecisionType.ELECTION));
        items.add(new Item(ItemKind.ALTERNATES, "Valg af suppleanter", DecisionType.ELECTION));
        items.add(new Item(ItemKind.AUDITOR, "Valg af revisor", DecisionType.ELECTION));
        items.add(new Item(ItemKind.ANY_OTHER, "Eventuelt", null));
        return items;
    }
}
