CREATE TABLE third (id int);
