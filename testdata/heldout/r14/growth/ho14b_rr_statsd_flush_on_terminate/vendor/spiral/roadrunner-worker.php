<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

use Symfony\Component\HttpKernel\Request;
use Symfony\Component\HttpKernel\Response;

/**
 * Stand-in for the RoadRunner HTTP worker: hands out requests relayed
 * from the Go server and sends responses back over the pipe.
 */
final class HttpWorker
{
    private int $served = 0;
    private int $bytesOut = 0;

    public function __construct(private readonly int $maxJobs)
    {
    }

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $id = $this->served++;
        $paths = ['/search', '/product/%d', '/cart', '/product/%d/reviews'];

        return new Request('GET', sprintf($paths[$id % 4], 4000 + $id), [
            'host' => 'shop.example.com',
            'x-request-id' => bin2hex(pack('N', $id)) . '-rr',
        ]);
    }

    public function respond(Response $response): void
    {
        $this->bytesOut += strlen($response->content);
    }
}
