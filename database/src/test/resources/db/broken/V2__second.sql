CREATE TABLE second_table (id int);
INSERT INTO no_such_table VALUES (1);
