<?php

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Factory\Psr17Factory;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Spiral\RoadRunner\Payload;
use Spiral\RoadRunner\Worker;

final class PSR7Worker
{
    public function __construct(private Worker $worker, private Psr17Factory $factory)
    {
    }

    public function waitRequest(): ?ServerRequestInterface
    {
        $payload = $this->worker->waitPayload();
        if ($payload === null) {
            return null;
        }
        $context = json_decode($payload->header, true, 512, JSON_THROW_ON_ERROR);

        return $this->factory->createServerRequest($context['method'], $context['uri'], $context['headers'], $payload->body);
    }

    public function respond(ResponseInterface $response): void
    {
        $this->worker->respond(new Payload($response->getBody(), json_encode(['status' => $response->getStatusCode()])));
    }
}
