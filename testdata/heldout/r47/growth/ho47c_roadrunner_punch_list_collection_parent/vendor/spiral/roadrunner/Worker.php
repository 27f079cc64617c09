<?php

namespace Spiral\RoadRunner\Http {

    /** PSR-7-ish request as the RoadRunner HTTP plugin hands it to PHP. */
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $attributes,
            public readonly string $body,
        ) {
        }

        public function json(): array
        {
            return json_decode($this->body, true, 16, JSON_THROW_ON_ERROR);
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }
    }

    /**
     * Stand-in for Spiral\RoadRunner\Http\PSR7Worker: waitRequest() blocks on
     * the relay (here: a request source closure) and returns null on stop.
     */
    final class PSR7Worker
    {
        private int $served = 0;
        private int $bytesOut = 0;

        /** @param \Closure(int): ?Request $relay */
        public function __construct(private \Closure $relay)
        {
        }

        public function waitRequest(): ?Request
        {
            return ($this->relay)($this->served);
        }

        public function respond(Response $response): void
        {
            $this->bytesOut += strlen($response->body);
            $this->served++;
        }
    }
}
