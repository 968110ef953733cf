package faqbot.cli;

import faqbot.http.AllowedOrigins;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --allowed-origins, saying which entry is wrong when one is. */
final class AllowedOriginsConverter implements ITypeConverter<AllowedOrigins> {

    @Override
    public AllowedOrigins convert(String value) {
        try {
            return AllowedOrigins.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
