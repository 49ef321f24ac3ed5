package vn.sgddt.kehoach.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link OfficialQueries} with the Criteria API (no query string to parse at start or at the first call). */
class OfficialQueriesImpl implements OfficialQueries {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<String> enabledUsernamesOf(String unitCode) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<Official> o = query.from(Official.class);
        query.select(o.get("username"))
                .where(cb.equal(o.get("unitCode"), unitCode), cb.isTrue(o.get("enabled")))
                .orderBy(cb.asc(o.get("id")));
        return em.createQuery(query).getResultList();
    }

    @Override
    public Map<String, String> fullNamesOf(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Official> o = query.from(Official.class);
        query.multiselect(o.get("username"), o.get("fullName")).where(o.get("username").in(usernames));
        for (Tuple t : em.createQuery(query).getResultList()) {
            names.put(t.get(0, String.class), t.get(1, String.class));
        }
        return names;
    }

    @Override
    public int replacePasswordHash(String username, String hash) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaUpdate<Official> update = cb.createCriteriaUpdate(Official.class);
        Root<Official> o = update.from(Official.class);
        update.set(o.<String>get("passwordHash"), hash).where(cb.equal(o.get("username"), username));
        return em.createQuery(update).executeUpdate();
    }
}
