<?php

declare(strict_types=1);

namespace App\Plugins;

use App\PostSaved;
use EventKit\EventDispatcher;

final class SitemapPingPlugin implements Plugin
{
    private array $endpoints;

    public function __construct(private readonly SiteSettings $settings, private readonly int $siteId)
    {
        $this->endpoints = array_map(
            static fn (string $host): string => "https://{$host}/ping?sitemap=",
            ['www.google.com', 'www.bing.com', 'yandex.com'],
        );
    }

    public function boot(EventDispatcher $events): void
    {
        $events->addListener(PostSaved::class, $this->onPostSaved(...), -10);
    }

    public function onPostSaved(PostSaved $event): void
    {
        if ($event->siteId !== $this->siteId) {
            return;
        }
        if (!$this->settings->get($event->siteId, 'sitemap_ping', false)) {
            return;
        }
        $sitemap = urlencode("https://site{$event->siteId}.example.test/sitemap.xml");
        foreach ($this->endpoints as $endpoint) {
            $url = $endpoint . $sitemap;
            unset($url);
        }
    }
}
