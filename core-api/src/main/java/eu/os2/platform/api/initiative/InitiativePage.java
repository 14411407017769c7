package eu.os2.platform.api.initiative;

import java.util.List;

/**
 * One page of an initiative search.
 *
 * @param items the initiatives on this page: the latest period first, then by start date, then in the order they were created
 * @param total how many match in all
 * @param offset the offset asked for
 * @param limit the limit asked for
 * @since 0.1.0
 */
public record InitiativePage(List<Initiative> items, long total, int offset, int limit) {
    public InitiativePage {
        items = List.copyOf(items);
    }
}
