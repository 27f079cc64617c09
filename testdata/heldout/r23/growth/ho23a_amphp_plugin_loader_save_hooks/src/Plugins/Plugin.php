<?php

declare(strict_types=1);

namespace App\Plugins;

use EventKit\EventDispatcher;

interface Plugin
{
    public function boot(EventDispatcher $events): void;
}

final class SiteSettings
{
    /** @param array<int, array<string, mixed>> $bySite */
    public function __construct(private readonly array $bySite)
    {
    }

    public function get(int $siteId, string $key, mixed $default = null): mixed
    {
        return $this->bySite[$siteId][$key] ?? $default;
    }
}
