package vn.sgddt.kehoach.base.persistence;

import static org.hibernate.type.SqlTypes.ENUM;
import static org.hibernate.type.SqlTypes.LONG32VARBINARY;
import static org.hibernate.type.SqlTypes.LONG32VARCHAR;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

/**
 * H2 seen the way PostgreSQL is, so that one set of migrations serves both: enums are text with a check constraint
 * (not H2's ENUM type), long text and long binary are {@code text} and {@code bytea}, which H2 reads as
 * {@code character varying} and {@code binary varying} (not CLOB and BLOB).
 */
public class PortableH2Dialect extends H2Dialect {

    public PortableH2Dialect() {
        super();
    }

    public PortableH2Dialect(DialectResolutionInfo info) {
        super(info);
    }

    public PortableH2Dialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    protected void registerColumnTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.registerColumnTypes(typeContributions, serviceRegistry);
        DdlTypeRegistry ddl = typeContributions.getTypeConfiguration().getDdlTypeRegistry();
        ddl.addDescriptor(new DdlTypeImpl(LONG32VARCHAR, "character varying", this));
        ddl.addDescriptor(new DdlTypeImpl(LONG32VARBINARY, "binary varying", this));
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(ENUM, VarcharJdbcType.INSTANCE);
    }

    @Override
    public String getEnumTypeDeclaration(String name, String[] values) {
        return null;
    }
}
