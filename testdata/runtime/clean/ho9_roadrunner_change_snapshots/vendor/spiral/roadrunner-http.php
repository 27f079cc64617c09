<?php

namespace Psr\Http\Message {
    final class ServerRequest
    {
        public function __construct(public readonly string $method, public readonly string $path, public readonly array $body = []) {}
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body) {}
    }
}

namespace Spiral\RoadRunner\Http {
    use Psr\Http\Message\Response;
    use Psr\Http\Message\ServerRequest;

    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit) {}

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $id = 1000 + $this->served++;
            return new ServerRequest('PATCH', "/customers/{$id}", ['phone' => '+49 30 ' . $id, 'note' => str_repeat("call after 5pm #{$id} ", 10)]);
        }

        public function respond(Response $response): void {}
    }
}
