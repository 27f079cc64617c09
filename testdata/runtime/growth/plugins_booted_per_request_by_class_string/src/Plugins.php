<?php

interface Plugin
{
    public function boot(Dispatcher $events): void;
}

final class SeoPlugin implements Plugin
{
    private string $keywords;

    public function __construct()
    {
        $this->keywords = str_repeat('seo ', 150);
    }

    public function boot(Dispatcher $events): void
    {
        $events->listen('post.saved', [$this, 'onSaved']); // leak
    }

    public function onSaved(array $post): void
    {
        strlen($post['title'] . $this->keywords);
    }
}

final class SitemapPlugin implements Plugin
{
    public function boot(Dispatcher $events): void
    {
        $events->listen('post.saved', $this->ping(...)); // leak
    }

    private function ping(array $post): void
    {
        strlen('/sitemap.xml?' . $post['id']);
    }
}
