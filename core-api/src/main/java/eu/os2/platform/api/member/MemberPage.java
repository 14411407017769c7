package eu.os2.platform.api.member;

import java.util.List;

/**
 * One page of a member search.
 *
 * @param items the organisations on this page, ordered by name
 * @param total how many organisations match in all
 * @param offset the offset asked for
 * @param limit the limit asked for
 * @since 0.1.0
 */
public record MemberPage(List<Organisation> items, long total, int offset, int limit) {
    public MemberPage {
        items = List.copyOf(items);
    }
}
