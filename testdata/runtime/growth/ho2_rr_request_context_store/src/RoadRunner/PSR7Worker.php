<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/**
 * Stand-in for the RoadRunner PSR-7 worker; produces dashboard requests from many users.
 */
final class PSR7Worker
{
    private int $received = 0;
    private int $responded = 0;

    public function __construct(private readonly int $maxJobs) {}

    public function waitRequest(): ?ServerRequest
    {
        if ($this->received >= $this->maxJobs) {
            return null;
        }
        $i = ++$this->received;

        return new ServerRequest('GET', '/dashboard?tab=' . ['orders', 'invoices', 'team'][$i % 3], [
            'accept-language' => [['de-DE,de;q=0.9', 'fr-FR,fr;q=0.8', 'en-US,en;q=0.7', 'ja-JP'][$i % 4]],
            'authorization' => ['Bearer ' . base64_encode(json_encode(['sub' => 4000 + $i, 'org' => 'org_' . ($i % 9)]) ?: '')],
            'user-agent' => ['Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0'],
        ], ['theme' => $i % 2 ? 'dark' : 'light']);
    }

    public function respond(Response $response): void
    {
        $this->responded++;
    }
}
