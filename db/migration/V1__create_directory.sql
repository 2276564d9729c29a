-- The directory: departments, deputies, users and their roles.
-- ${table_options} is empty on H2 and InnoDB + utf8mb4 on MySQL/MariaDB (see application-mysql.yml),
-- so Chinese names with 4-byte characters such as 𠮷 are stored exactly.

CREATE TABLE department (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  active      BOOLEAN      DEFAULT TRUE NOT NULL,
  CONSTRAINT uq_department_code UNIQUE (code)
) ${table_options};

CREATE TABLE deputy (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(50)  NOT NULL,
  delegation  VARCHAR(100) NOT NULL,
  phone       VARCHAR(30),
  term        VARCHAR(30)  NOT NULL,
  active      BOOLEAN      DEFAULT TRUE NOT NULL
) ${table_options};

CREATE INDEX ix_deputy_name ON deputy (name);
CREATE INDEX ix_deputy_delegation ON deputy (delegation);

CREATE TABLE app_user (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  login          VARCHAR(64)  NOT NULL,
  display_name   VARCHAR(50)  NOT NULL,
  password_hash  VARCHAR(100) NOT NULL,
  department_id  BIGINT,
  deputy_id      BIGINT,
  active         BOOLEAN      DEFAULT TRUE NOT NULL,
  CONSTRAINT uq_app_user_login UNIQUE (login),
  CONSTRAINT uq_app_user_deputy UNIQUE (deputy_id),
  CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_app_user_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

CREATE INDEX ix_app_user_department ON app_user (department_id);

CREATE TABLE user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_user_role_role ON user_role (role);
