<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestFactoryInterface;
use Psr\Http\Message\ServerRequestInterface;
use Spiral\RoadRunner\Payload;
use Spiral\RoadRunner\WorkerInterface;

class PSR7Worker
{
    public function __construct(
        private readonly WorkerInterface $worker,
        private readonly ServerRequestFactoryInterface $requestFactory,
        private readonly object $streamFactory,
        private readonly object $uploadsFactory,
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
        $context = json_decode($payload->header, true, 16, JSON_THROW_ON_ERROR);
        $request = $this->requestFactory->createServerRequest($context['method'], $context['uri'], ['REQUEST_TIME_FLOAT' => microtime(true)]);
        foreach ($context['headers'] as $name => $values) {
            $request = $request->withHeader($name, implode(', ', $values));
        }

        return $request;
    }

    public function respond(ResponseInterface $response): void
    {
        $headers = json_encode(['status' => $response->getStatusCode(), 'headers' => $response->getHeaders()]);
        $this->worker->respond(new Payload($response->getBody(), (string) $headers));
    }
}
