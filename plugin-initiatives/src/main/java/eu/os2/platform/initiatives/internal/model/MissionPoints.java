package eu.os2.platform.initiatives.internal.model;

import eu.os2.platform.api.initiative.MissionPoint;
import java.util.List;

/** OS2's mission points, as the association publishes them. */
public final class MissionPoints {

    public static final List<MissionPoint> ALL = List.of(
            new MissionPoint("framework", "Skabe rammerne", "Create the framework"),
            new MissionPoint("open-source", "Open source som middel", "Open source as the means"),
            new MissionPoint("collaboration", "Åbent og ligeværdigt samarbejde", "Open and equal collaboration"),
            new MissionPoint("knowledge", "Udbrede kendskab til open source", "Spread knowledge of open source"),
            new MissionPoint("exchange", "Muliggøre teknisk udveksling", "Enable technical exchange"),
            new MissionPoint("organisation", "Organisering", "Organisation"),
            new MissionPoint("participation", "Deltagelse", "Participation"),
            new MissionPoint(
                    "influence", "Indflydelse – alle medlemmer har en stemme", "Influence – every member has a vote"));

    private MissionPoints() {}

    public static boolean known(String id) {
        return ALL.stream().anyMatch(m -> m.id().equals(id));
    }
}
