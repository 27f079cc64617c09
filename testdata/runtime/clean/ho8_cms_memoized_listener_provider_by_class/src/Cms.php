<?php

namespace App\Cms;

use Psr\EventDispatcher\EventDispatcherInterface;

final class PagePublished
{
    public function __construct(public readonly string $slug, public readonly string $title, public readonly string $html) {}
}

final class SearchIndexer
{
    public int $indexed = 0;

    public function onPagePublished(PagePublished $event): void
    {
        $this->indexed += str_word_count(strip_tags($event->html)) > 0 ? 1 : 0;
    }
}

final class PublishController
{
    public function __construct(private EventDispatcherInterface $events) {}

    public function publish(string $slug, string $title, string $markdown): string
    {
        $html = '<article><h1>' . htmlspecialchars($title) . '</h1><p>' . nl2br(htmlspecialchars($markdown)) . '</p></article>';
        $this->events->dispatch(new PagePublished($slug, $title, $html));
        return '/pages/' . $slug;
    }
}
