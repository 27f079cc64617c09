<?php

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getQueryParams(): array;
    }
}

namespace Spiral\RoadRunner\Http {
    use Psr\Http\Message\ServerRequestInterface;

    final class Request implements ServerRequestInterface
    {
        public function __construct(private array $query) {}

        public function getQueryParams(): array
        {
            return $this->query;
        }
    }

    final class PSR7Worker
    {
        private int $served = 0;

        public function waitRequest(): ?ServerRequestInterface
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($this->served >= $n) {
                return null;
            }
            $i = $this->served++;
            return new Request(['region' => "region-{$i}", 'currency' => $i % 2 ? 'EUR' : 'USD']);
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}
