<?php

namespace Spiral\RoadRunner {
    final class Worker
    {
        public static function create(): self
        {
            return new self();
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Spiral\RoadRunner\Worker;

    final class Request
    {
        public string $method = 'GET';
        public string $uri = '/';
        /** @var array<string, list<string>> */
        public array $headers = [];
        public array $query = [];
    }

    final class HttpWorker
    {
        private int $served = 0;
        private int $limit;

        public function __construct(private Worker $worker)
        {
            $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            $request = new Request();
            $request->uri = "/api/articles/{$i}/related?limit=10";
            $request->headers = ['User-Agent' => [str_repeat('Mozilla/5.0 AppleWebKit/537.36 ', 4)], 'X-Request-Id' => [bin2hex(random_bytes(16))]];
            $request->query = ['limit' => '10'];
            return $request;
        }

        public function respond(int $status, string $body, array $headers = []): void {}
    }
}
