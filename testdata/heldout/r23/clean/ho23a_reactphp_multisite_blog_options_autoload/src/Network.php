<?php

declare(strict_types=1);

final class Network
{
    /** @param array<string, int> $sitesByHost loaded from wp_blogs at boot */
    public function __construct(private readonly array $sitesByHost, private readonly int $mainSiteId = 1)
    {
    }

    public function siteIdForHost(string $host): int
    {
        return $this->sitesByHost[strtolower($host)] ?? $this->mainSiteId;
    }
}
