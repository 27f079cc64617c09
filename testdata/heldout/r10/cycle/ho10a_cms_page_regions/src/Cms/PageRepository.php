<?php

declare(strict_types=1);

namespace App\Cms;

final class PageRepository
{
    private const BLOCK_TYPES = [
        'heading' => HeadingBlock::class,
        'richtext' => RichTextBlock::class,
        'image' => ImageBlock::class,
    ];

    public function findBySlug(string $slug): Page
    {
        $row = $this->fetchRow($slug);
        $page = new Page($row['slug'], $row['title']);

        foreach ($row['blocks'] as [$regionName, $type, $data]) {
            $class = self::BLOCK_TYPES[$type];
            $page->region($regionName)->add(new $class($data));
        }

        return $page;
    }

    private function fetchRow(string $slug): array
    {
        $n = (int) substr($slug, strrpos($slug, '-') + 1);

        return [
            'slug' => $slug,
            'title' => ucwords(str_replace('-', ' ', $slug)),
            'blocks' => [
                ['hero', 'heading', ['text' => "Welcome to page {$n}", 'level' => 1]],
                ['hero', 'image', ['src' => "/media/covers/{$n}.jpg", 'alt' => "Cover {$n}"]],
                ['main', 'richtext', ['html' => str_repeat("<p>Paragraph for {$slug}.</p>", 6)]],
                ['main', 'heading', ['text' => 'Related articles']],
            ],
        ];
    }
}
