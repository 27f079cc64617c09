<?php
// Stand-ins for psr/http-message and spiral/roadrunner-http.

declare(strict_types=1);

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getAttribute(string $name, mixed $default = null): mixed;
    }
}

namespace Spiral\RoadRunner\Http {
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        /** @param array<string, mixed> $attributes */
        public function __construct(private readonly array $attributes) {}

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }
    }

    /** Stand-in for the PSR-7 worker: hands out a fixed number of requests. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private readonly int $maxRequests) {}

        public function waitRequest(): ?ServerRequestInterface
        {
            if ($this->served >= $this->maxRequests) {
                return null;
            }
            $i = $this->served++;

            return new ServerRequest(['route' => ['owner' => 'u' . (730000 + $i), 'format' => ['jpg', 'webp', 'avif'][$i % 3]]]);
        }

        public function respond(string $body): void {}
    }
}
