<?php
// Stand-ins for spiral/roadrunner-http's PSR-7 worker and a tiny PSR-7.

namespace Nyholm\Psr7 {
    final class ServerRequest
    {
        public function __construct(
            private string $method,
            private string $uri,
            private array $headers = [],
            private array $serverParams = [],
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getServerParams(): array
        {
            return $this->serverParams;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\Response;
    use Nyholm\Psr7\ServerRequest;

    /** Feeds PHPLEAK_N requests, like the RoadRunner pool would for one worker's life. */
    final class PSR7Worker
    {
        private int $served = 0;
        private int $limit;

        public function __construct()
        {
            $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $id = $this->served++;
            return new ServerRequest('GET', "/api/shipments/{$id}/tracking?carrier=dhl", [
                'x-request-id' => sprintf('%08x-%04x', crc32((string) $id), $id & 0xffff),
                'user-agent' => 'TrackingWidget/2.4 (+https://widgets.example.test)',
            ], ['REMOTE_ADDR' => '10.0.' . ($id % 255) . '.7']);
        }

        public function respond(Response $response): void
        {
        }
    }
}
