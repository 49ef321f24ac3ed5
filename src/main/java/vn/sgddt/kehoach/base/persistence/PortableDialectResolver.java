package vn.sgddt.kehoach.base.persistence;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link PortableH2Dialect} for H2 and leaves every other database to Hibernate's own choice, so the same
 * configuration runs on the embedded H2 and on PostgreSQL whatever URL the administrator sets.
 */
public class PortableDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return "H2".equals(info.getDatabaseName()) ? new PortableH2Dialect(info) : null;
    }
}
