<?php

namespace App\Repository;

use App\Debug\QueryLog;

final class PageRepository
{
    public function __construct(private string $dsn, private QueryLog $log) {}

    public function findBySlug(string $slug): array
    {
        $sql = 'SELECT p.id, p.title, p.body, p.published_at, a.name AS author FROM cms_page p JOIN cms_author a ON a.id = p.author_id WHERE p.slug = :slug AND p.locale = :locale AND p.status = :status';
        $this->log->record($sql, ['slug' => $slug, 'locale' => 'en_GB', 'status' => 'published', 'trace' => str_repeat('App\Controller\PageController::show ', 10)], 3.2);
        return ['title' => ucwords(str_replace('-', ' ', $slug)), 'body' => '<p>Lorem ipsum</p>'];
    }
}
