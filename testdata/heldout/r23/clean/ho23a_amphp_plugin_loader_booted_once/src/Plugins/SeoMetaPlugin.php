<?php

declare(strict_types=1);

namespace App\Plugins;

use App\PostSaved;
use EventKit\EventDispatcher;

final class SeoMetaPlugin implements Plugin
{
    /** @var array<string, int> */
    private array $stopWords;

    public array $generated = [];

    public function __construct(private readonly SiteSettings $settings, private readonly int $siteId)
    {
        $words = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'with'];
        $this->stopWords = array_flip($words);
    }

    public function boot(EventDispatcher $events): void
    {
        $events->addListener(PostSaved::class, [$this, 'onPostSaved'], 10);
    }

    public function onPostSaved(PostSaved $event): void
    {
        if ($event->siteId !== $this->siteId) {
            return;
        }
        $words = array_filter(
            str_word_count(strtolower($event->title . ' ' . $event->content), 1),
            fn (string $w): bool => !isset($this->stopWords[$w]),
        );
        $separator = $this->settings->get($event->siteId, 'title_separator', '|');
        $this->generated = ['keywords' => array_slice(array_count_values($words), 0, 5, true), 'title' => "{$event->title} {$separator} Site {$event->siteId}"];
        $this->generated = [];
    }
}
