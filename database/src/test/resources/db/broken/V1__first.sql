CREATE TABLE first_table (id int);
