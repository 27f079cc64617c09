<?php

namespace App\Exceptions;

use RuntimeException;

class UpstreamUnavailableException extends RuntimeException
{
    public function __construct(
        protected string $service,
        protected string $endpoint,
        protected int $upstreamStatus,
        protected string $responseBody,
    ) {
        parent::__construct(sprintf('%s answered %d for %s', $service, $upstreamStatus, $endpoint));
    }

    public function getStatusCode(): int
    {
        return 503;
    }

    /**
     * Get the exception's context information.
     *
     * @return array<string, mixed>
     */
    public function context(): array
    {
        return [
            'service' => $this->service,
            'endpoint' => $this->endpoint,
            'upstream_status' => $this->upstreamStatus,
            'body' => substr($this->responseBody, 0, 200),
        ];
    }
}
