-- Two or more instances on one database (docs/adr/0040).
--
-- Sessions (access): Spring Session JDBC's PostgreSQL schema, under the table name set by
-- spring.session.jdbc.table-name=access_session, so that any instance serves any signed-in
-- member of staff. Created here, not by Spring's initializer, so production databases get it.
CREATE TABLE access_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT access_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX access_session_ix1 ON access_session (session_id);
CREATE INDEX access_session_ix2 ON access_session (expiry_time);
CREATE INDEX access_session_ix3 ON access_session (principal_name);

CREATE TABLE access_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT access_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT access_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES access_session (primary_id) ON DELETE CASCADE
);

-- Scheduled jobs that must run on one instance at a time (platform): ShedLock's table, in
-- UTC database time (JdbcTemplateLockProvider usingDbTime), as ShedLock recommends.
CREATE TABLE platform_job_lock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT platform_job_lock_pk PRIMARY KEY (name)
);
