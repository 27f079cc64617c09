<?php

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Factory\Psr17Factory;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Spiral\RoadRunner\WorkerInterface;

class PSR7Worker
{
    public function __construct(
        private readonly WorkerInterface $worker,
        private readonly Psr17Factory $requestFactory,
        private readonly Psr17Factory $streamFactory,
        private readonly Psr17Factory $uploadsFactory,
    ) {
    }

    public function getWorker(): WorkerInterface
    {
        return $this->worker;
    }

    public function waitRequest(): ?ServerRequestInterface
    {
        $payload = $this->worker->waitPayload();
        if ($payload === null) {
            return null;
        }
        return $this->requestFactory->createServerRequest($payload['method'], $payload['uri'], ['headers' => $payload['headers']]);
    }

    public function respond(ResponseInterface $response): void
    {
        $this->worker->respond([
            'status' => $response->getStatusCode(),
            'body' => $response->getBody(),
        ]);
    }
}
