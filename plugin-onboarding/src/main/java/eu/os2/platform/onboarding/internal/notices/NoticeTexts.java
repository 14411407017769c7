package eu.os2.platform.onboarding.internal.notices;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.product.ProductLevel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates, levels and console routes as the messages, the home page and the calendar say them, in Danish and English. */
public final class NoticeTexts {

    private static final DateTimeFormatter DATE_DA = DateTimeFormatter.ofPattern("d. MMMM yyyy", Language.DA.locale());
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Language.EN.locale());

    private NoticeTexts() {}

    /** @return e.g. "31. oktober 2026" or "31 October 2026" */
    public static String date(LocalDate date, Language language) {
        return date.format(language == Language.DA ? DATE_DA : DATE_EN);
    }

    /** @return the level's name, as the Products page says it */
    public static String level(ProductLevel level, Language language) {
        if (level == null) {
            return language.pick("intet niveau", "no level");
        }
        return switch (level) {
            case SANDBOX -> language.pick("Sandkasse", "Sandbox");
            case LEVEL_1 -> language.pick("Niveau 1", "Level 1");
            case LEVEL_2 -> language.pick("Niveau 2", "Level 2");
            case LEVEL_3 -> language.pick("Niveau 3", "Level 3");
        };
    }

    /** @return the Products page, with the pipeline, the review queue and the list of late self-assessments */
    public static String productsRoute() {
        return "#/products";
    }

    /** @return the console route of a product */
    public static String productRoute(long productId) {
        return "#/products/product/" + productId;
    }

    /** @return the console route of a product's assessment in a round */
    public static String assessmentRoute(long productId, String round) {
        return "#/products/assessment/" + productId + "/" + round;
    }
}
