<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly RequestSource $source)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        return $this->source->receive();
    }

    public function respond(Response $response): void
    {
        $this->served++;
    }
}
