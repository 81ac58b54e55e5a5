CREATE TABLE more (id int);
INSERT INTO item VALUES (2);
