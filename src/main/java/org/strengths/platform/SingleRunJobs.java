package org.strengths.platform;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, run by one instance at a time however many share the database: each job that must
 * run once is annotated {@code @SchedulerLock} and takes its lock in {@code platform_job_lock}
 * (ShedLock) before it runs; an instance that finds the lock taken skips that run. Lock times are
 * the database's, so instances whose clocks disagree still agree on who holds a lock (ADR 0040).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SingleRunJobs {

  static final String TABLE = "platform_job_lock";

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName(TABLE)
            .usingDbTime()
            .build());
  }
}
