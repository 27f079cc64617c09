<?php

namespace Spiral\RoadRunner\Http;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Spiral\RoadRunner\Worker;

class PSR7Worker
{
    public function __construct(
        private Worker $worker,
        private object $requestFactory,
        private object $streamFactory,
        private object $uploadsFactory,
    ) {
    }

    public function getWorker(): Worker
    {
        return $this->worker;
    }

    public function waitRequest(): ?ServerRequestInterface
    {
        $payload = $this->worker->waitPayload();
        if ($payload === null) {
            return null;
        }

        $request = $this->requestFactory->createServerRequest($payload['method'], $payload['uri'], []);
        foreach ($payload['headers'] as $name => $values) {
            $request = $request->withHeader($name, $values);
        }
        parse_str((string) parse_url($payload['uri'], PHP_URL_QUERY), $query);

        return $request->withQueryParams($query)->withBody($payload['body']);
    }

    public function respond(ResponseInterface $response): void
    {
        $this->worker->respond([
            'status' => $response->getStatusCode(),
            'headers' => $response->getHeaders(),
            'body' => $response->getBody(),
        ]);
    }
}
