CREATE OR REPLACE VIEW book_view AS
    SELECT b.id, b.title, a.name AS author_name
    FROM book b JOIN author a ON a.id = b.author_id;
