package eu.os2.platform.web.internal.rest;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.rest.PlatformRest;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.ToIntFunction;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

/**
 * JSON for the platform application: ISO-8601 dates, unknown fields refused (a typo in a field
 * name is an error, not silently ignored), no failure on empty beans, and {@link Money} as a
 * string with two decimals both ways ({@code "25000.00"}): a JSON number is refused for money,
 * because a client's floating point would already have lost the øre.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.EXTENSIONS_SELECT)
@JaxrsMediaType({MediaType.APPLICATION_JSON, PlatformRest.PROBLEM_JSON})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    /** The platform's mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("os2-money")
                    .addSerializer(Money.class, ToStringSerializer.instance)
                    .addDeserializer(Money.class, new MoneyDeserializer()))
            .registerModule(new SimpleModule("os2-storable")
                    .addDeserializer(String.class, new StorableTextDeserializer())
                    .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer())
                    .addDeserializer(
                            LocalDate.class,
                            new FourDigitYearDeserializer<>(
                                    LocalDate.class, LocalDateDeserializer.INSTANCE, LocalDate::getYear))
                    .addDeserializer(
                            LocalDateTime.class,
                            new FourDigitYearDeserializer<>(
                                    LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE, LocalDateTime::getYear)))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // a null inside a list or map ({"choice":[null]}) is refused with the field's path
            .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

    public JsonProvider() {
        super(MAPPER);
    }

    /**
     * Writes the value as what it is when the method declared something else: a problem answer
     * from a method declared to return {@code List<X>} or {@code Map<Integer, X>} would otherwise be
     * written as that type, fail half-way and leave {@code {}} and a second error in the answer.
     */
    @Override
    public void writeTo(
            Object value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entityStream)
            throws IOException {
        boolean problem = mediaType != null
                && PlatformRest.PROBLEM_JSON.equals(mediaType.getType() + "/" + mediaType.getSubtype());
        if (value != null && (problem || !type.isInstance(value))) {
            super.writeTo(value, value.getClass(), value.getClass(), annotations, mediaType, headers, entityStream);
            return;
        }
        if (value != null && genericType != null && !rawType(genericType).isInstance(value)) {
            super.writeTo(value, type, value.getClass(), annotations, mediaType, headers, entityStream);
            return;
        }
        super.writeTo(value, type, genericType, annotations, mediaType, headers, entityStream);
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    /** Text as a database stores it: a NUL character is refused with the field's path. */
    static final class StorableTextDeserializer extends StdScalarDeserializer<String> {
        StorableTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "a NUL character cannot be stored", text, String.class);
            }
            return text;
        }
    }

    /**
     * A decimal of sensible size: at most 30 digits before and 30 after the point. {@code 1E+999999999}
     * is short to send but would take gigabytes to write out.
     */
    static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        static final int MAX_DIGITS = 30;

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS)) {
                throw InvalidFormatException.from(parser, "the number is out of range", null, BigDecimal.class);
            }
            return value;
        }
    }

    /**
     * A date, or a date and time, with a four-digit year: {@code +999999999-12-31} is a date no
     * database keeps alike.
     */
    static final class FourDigitYearDeserializer<T> extends StdScalarDeserializer<T> {
        private final transient JsonDeserializer<T> plain;
        private final transient ToIntFunction<T> year;

        FourDigitYearDeserializer(Class<T> type, JsonDeserializer<T> plain, ToIntFunction<T> year) {
            super(type);
            this.plain = plain;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = plain.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            int y = year.applyAsInt(value);
            if (y < 1000 || y > 9999) {
                throw InvalidFormatException.from(parser, "the date is out of range", null, handledType());
            }
            return value;
        }
    }

    /** Money from a JSON string only; {@code null} stays null. */
    static final class MoneyDeserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Money) context.handleUnexpectedToken(
                        Money.class,
                        parser.currentToken(),
                        parser,
                        "an amount is a string with at most two decimals, e.g. \"25000.00\"");
            }
            try {
                return Money.parse(parser.getText().trim());
            } catch (IllegalArgumentException e) {
                return (Money) context.handleWeirdStringValue(Money.class, parser.getText(), e.getMessage());
            }
        }
    }
}
