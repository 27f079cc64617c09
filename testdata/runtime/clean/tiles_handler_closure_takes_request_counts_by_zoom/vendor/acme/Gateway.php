<?php

namespace Symfony\Component\HttpFoundation {
    /** Stand-in for Symfony's Request: what the client sent. */
    class Request
    {
        /** @param array<string, string> $server */
        public function __construct(public array $query = [], public array $server = [])
        {
        }

        public function getClientIp(): ?string
        {
            return $this->server['REMOTE_ADDR'] ?? null;
        }
    }
}

namespace Acme\Gateway {
    use Symfony\Component\HttpFoundation\Request;

    /** Stand-in for a vendor HTTP gateway: it runs its handler for every request. */
    final class Gateway
    {
        /** @var callable(Request): string */
        private $handler;

        public function handleWith(callable $handler): void
        {
            $this->handler = $handler;
        }

        public function serve(Request $request): string
        {
            return ($this->handler)($request);
        }
    }
}
