<?php

declare(strict_types=1);

namespace App\Cms;

final class Page
{
    public function __construct(public readonly string $slug, public readonly string $title, public readonly array $blocks) {}
}

final class PageRepository
{
    private const SLUGS = ['about', 'pricing', 'careers', 'contact', 'privacy', 'terms', 'press', 'partners'];

    public function slugs(): array
    {
        return self::SLUGS;
    }

    public function find(string $slug): ?Page
    {
        return in_array($slug, self::SLUGS, true)
            ? new Page($slug, ucfirst($slug), array_fill(0, 6, "Section text for {$slug}. "))
            : null;
    }
}
