<?php

namespace Spiral\RoadRunner\Http;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestFactoryInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamFactoryInterface;
use Psr\Http\Message\UploadedFileFactoryInterface;
use Spiral\RoadRunner\Payload;
use Spiral\RoadRunner\WorkerInterface;

class PSR7Worker
{
    public function __construct(
        private WorkerInterface $worker,
        private ServerRequestFactoryInterface $requestFactory,
        private StreamFactoryInterface $streamFactory,
        private UploadedFileFactoryInterface $uploadsFactory,
    ) {
    }

    public function getWorker(): WorkerInterface
    {
        return $this->worker;
    }

    public function waitRequest(): ?ServerRequestInterface
    {
        $payload = $this->worker->waitPayload();
        if ($payload === null || $payload->body === null) {
            return null;
        }
        $context = json_decode((string) $payload->header, true, 512, \JSON_THROW_ON_ERROR);
        $request = $this->requestFactory->createServerRequest($context['method'], $context['uri'], ['REMOTE_ADDR' => $context['remoteAddr']]);
        foreach ($context['headers'] as $name => $values) {
            $request = $request->withHeader($name, $values);
        }
        $request = $request->withBody($this->streamFactory->createStream($payload->body));
        if ($context['parsed'] ?? false) {
            $request = $request->withParsedBody(json_decode($payload->body, true, 512, \JSON_THROW_ON_ERROR));
        }

        return $request;
    }

    public function respond(ResponseInterface $response): void
    {
        $this->worker->respond(new Payload((string) $response->getBody(), json_encode([
            'status' => $response->getStatusCode(),
            'headers' => $response->getHeaders(),
        ])));
    }
}
