package org.deputyflow.vote.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.deputyflow.vote.domain.Fraction;

/** A threshold share is stored as it is written in configuration, "1/2". */
@MappedTypes(Fraction.class)
public class FractionTypeHandler extends BaseTypeHandler<Fraction> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Fraction parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, parameter.toString());
    }

    @Override
    public Fraction getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return parse(rs.getString(columnName));
    }

    @Override
    public Fraction getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return parse(rs.getString(columnIndex));
    }

    @Override
    public Fraction getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return parse(cs.getString(columnIndex));
    }

    private static Fraction parse(String value) {
        return value == null ? null : Fraction.parse(value);
    }
}
