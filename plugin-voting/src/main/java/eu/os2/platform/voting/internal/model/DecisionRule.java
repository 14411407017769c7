package eu.os2.platform.voting.internal.model;

import eu.os2.platform.api.voting.DecisionType;

/**
 * How one kind of decision is taken.
 *
 * @param type the decision type
 * @param majority the majority needed
 * @param base what the majority is counted of
 * @param secretByDefault whether a new ballot of this type is secret unless the secretariat says otherwise
 * @param statute the provision that sets the rule
 */
public record DecisionRule(DecisionType type, Majority majority, Base base, boolean secretByDefault, Statute statute) {}
