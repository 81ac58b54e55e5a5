CREATE TABLE item (id int);
