<?php

declare(strict_types=1);

namespace App\Cms;

/**
 * Stand-in for the CMS database: pages are looked up by "<id>-<slug>".
 */
final class PageRepository
{
    private const TEMPLATES = [
        'article' => ['masthead', 'hero', 'body', 'related', 'footer'],
        'gallery' => ['masthead', 'hero', 'gallery', 'footer'],
    ];

    public function findBySlug(string $slugWithId): Page
    {
        [$id, $slug] = explode('-', $slugWithId, 2) + [1 => 'untitled'];
        $id = (int) $id;
        $template = $id % 4 === 0 ? 'gallery' : 'article';

        return new Page(
            $id,
            $slug,
            ucwords(str_replace('-', ' ', $slug)) . " #$id",
            sprintf('Published in section %d, revision %s. ', $id % 7, substr(md5((string) $id), 0, 8)),
            self::TEMPLATES[$template],
            (new \DateTimeImmutable('2024-03-01 08:00:00'))->modify("+$id minutes"),
        );
    }
}
