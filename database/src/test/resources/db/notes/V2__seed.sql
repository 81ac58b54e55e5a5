INSERT INTO note (text) VALUES ('first');
