package vn.sgddt.kehoach.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the REST API reads: bodies up to the size nginx and the uploads allow, and JSON that says exactly what it
 * means. The application's own ObjectMapper stays lenient (it reads back what we stored, such as signing layouts);
 * only the converter that reads requests is strict.
 */
@Configuration(proxyBeanMethods = false)
class ApiRequests implements WebMvcConfigurer {

    private final long maxBodyBytes;

    ApiRequests(@Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxBody) {
        this.maxBodyBytes = maxBody.toBytes();
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                jackson.setObjectMapper(strict(jackson.getObjectMapper(), maxBodyBytes));
            }
        }
    }

    /**
     * A misspelt field ("deadLine") would otherwise be dropped without a word and the row stored without its
     * deadline; trailing text after the object, a key given twice (which of the two did the client mean?), a
     * number for an enum (its position in our code), a fraction for a whole number and null for a primitive are
     * refused for the same reason. Chunked bodies carry no length for {@link BodySizeLimit}, so the parser counts.
     */
    static ObjectMapper strict(ObjectMapper lenient, long maxBodyBytes) {
        ObjectMapper strict = lenient.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        int limit = (int) Math.min(Integer.MAX_VALUE, maxBodyBytes);
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(maxBodyBytes)
                .maxStringLength(limit).build());
        return strict;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BodySizeLimit(maxBodyBytes)).addPathPatterns("/api/**");
    }

    /**
     * Refuses a body over the limit by its declared length, before anything reads it into memory. Multipart bodies
     * are held to the same limit by the servlet container, before this runs.
     */
    record BodySizeLimit(long maxBytes) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getContentLengthLong() > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            return true;
        }
    }

    /** The request body is larger than the API takes. */
    static class BodyTooLargeException extends RuntimeException {

        private final long maxBytes;

        BodyTooLargeException(long maxBytes) {
            super("Request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        long maxBytes() {
            return maxBytes;
        }
    }
}
