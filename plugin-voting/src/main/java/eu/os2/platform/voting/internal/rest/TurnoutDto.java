package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Turnout;

/** The chair's turnout of a ballot. */
public record TurnoutDto(int voted, long present, int eligible, String state) {

    static TurnoutDto of(Turnout t) {
        return new TurnoutDto(t.voted(), t.present(), t.eligible(), t.state());
    }
}
