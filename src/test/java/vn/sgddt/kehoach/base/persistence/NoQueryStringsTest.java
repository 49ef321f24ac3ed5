package vn.sgddt.kehoach.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

/**
 * No repository declares a JPQL string: Spring Data and Hibernate would each parse it with ANTLR when the repository
 * is made, which cost a third of the start-up's main thread. Searches are built with the Criteria API
 * ({@link CriteriaPages}) in a fragment of the repository, or derived from the method's name.
 */
class NoQueryStringsTest {

    @Test
    void no_repository_method_carries_a_query_string() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        List<String> repositories = new ArrayList<>();
        List<String> withQuery = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents("vn.sgddt.kehoach")) {
            Class<?> type = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
            repositories.add(type.getSimpleName());
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(Query.class)) {
                    withQuery.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(repositories).as("the scan finds the repositories")
                .contains("AssignmentRepository", "PlanRepository", "AuditEntryRepository", "OfficialRepository");
        assertThat(withQuery).isEmpty();
    }
}
