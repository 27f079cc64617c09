<?php

namespace Spiral\RoadRunner\Http;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestFactoryInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamFactoryInterface;
use Psr\Http\Message\UploadedFileFactoryInterface;
use Spiral\RoadRunner\Payload;
use Spiral\RoadRunner\WorkerInterface;

interface PSR7WorkerInterface
{
    public function waitRequest(): ?ServerRequestInterface;

    public function respond(ResponseInterface $response): void;
}

class PSR7Worker implements PSR7WorkerInterface
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
        if ($payload === null) {
            return null;
        }
        $context = \json_decode($payload->header, true);
        $request = $this->requestFactory->createServerRequest($context['method'], $context['uri'], ['REMOTE_ADDR' => $context['remoteAddr']]);
        foreach ($context['header'] as $name => $value) {
            $request = $request->withHeader($name, $value);
        }
        \parse_str($context['rawQuery'], $query);

        return $request
            ->withCookieParams($context['cookies'])
            ->withQueryParams($query)
            ->withBody($this->streamFactory->createStream((string) $payload->body));
    }

    public function respond(ResponseInterface $response): void
    {
        $this->worker->respond(new Payload((string) $response->getBody(), \json_encode(['status' => $response->getStatusCode(), 'headers' => $response->getHeaders()])));
    }
}
