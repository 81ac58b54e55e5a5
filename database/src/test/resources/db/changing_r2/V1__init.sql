CREATE TABLE thing (id bigint);
