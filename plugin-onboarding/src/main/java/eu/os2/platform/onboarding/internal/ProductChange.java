package eu.os2.platform.onboarding.internal;

import java.util.List;

/** The editable fields of a product (the body of create and edit); step and level change through their own operations. */
public record ProductChange(
        String name,
        String purpose,
        String repositoryUrl,
        String licence,
        boolean licenceBeingClarified,
        List<Long> owners,
        List<Long> supporters,
        String coordinator,
        List<String> steeringGroup,
        List<String> coordinationGroup,
        List<String> suppliers,
        List<String> links,
        List<String> facts) {}
