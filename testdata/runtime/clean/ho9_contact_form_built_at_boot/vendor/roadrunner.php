<?php

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getParsedBody(): array;
    }
}

namespace Spiral\RoadRunner\Http {
    use Psr\Http\Message\ServerRequestInterface;

    final class Request implements ServerRequestInterface
    {
        public function __construct(private array $body) {}

        public function getParsedBody(): array
        {
            return $this->body;
        }
    }

    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit) {}

        public function waitRequest(): ?ServerRequestInterface
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            return new Request(['name' => "Visitor {$i}", 'email' => "visitor{$i}@example.org", 'message' => str_repeat("Hello there {$i}. ", 20)]);
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}
