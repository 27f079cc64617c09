<?php

namespace App\Http\Controllers;

use App\Support\Facades\Robots;

final class CrawlPreviewController
{
    /** @param list<string> $allowedHosts */
    public function __construct(
        private readonly array $allowedHosts,
        private readonly string $userAgent,
    ) {
    }

    /** @param array{url: string, requested_by: int} $payload */
    public function __invoke(array $payload): array
    {
        $url = $payload['url'];
        $host = strtolower((string) parse_url($url, PHP_URL_HOST));
        if (! in_array($host, $this->allowedHosts, true)) {
            return ['status' => 422, 'error' => 'host not allowed'];
        }

        if (! Robots::allows($url, $this->userAgent)) {
            return ['status' => 403, 'error' => 'disallowed by robots.txt'];
        }

        return [
            'status' => 200,
            'url' => $url,
            'delay' => Robots::crawlDelay($url, $this->userAgent),
            'requested_by' => $payload['requested_by'],
        ];
    }
}
