CREATE TABLE runs (id int);
INSERT INTO runs VALUES (1);
