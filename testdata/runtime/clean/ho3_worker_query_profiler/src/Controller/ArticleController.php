<?php

declare(strict_types=1);

namespace App\Controller;

use App\Database\Connection;

final class ArticleController
{
    public function __construct(private readonly Connection $db)
    {
    }

    /**
     * @return array{int, string}
     */
    public function show(int $id): array
    {
        $article = $this->db->fetchAssociative('SELECT id, title, body, author_id FROM article WHERE id = ? AND published = 1', [$id]);
        if ($article === null) {
            return [404, 'Not found'];
        }
        $author = $this->db->fetchAssociative('SELECT id, display_name FROM user WHERE id = ?', [$article['author_id']]);
        $this->db->executeStatement('UPDATE article SET views = views + 1 WHERE id = ?', [$id]);

        return [200, sprintf('<h1>%s</h1><p>%s</p><footer>%s</footer>', $article['title'], $article['body'], $author['title'] ?? '')];
    }
}
