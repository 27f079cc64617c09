<?php

namespace Spiral\RoadRunner {

    /**
     * Stand-in for the goridge-backed worker: the RoadRunner server keeps this
     * PHP process alive and pushes one request after another through the relay.
     */
    final class Worker
    {
        private static ?\Closure $defaultRelay = null;

        public static function useRelay(\Closure $relay): void
        {
            self::$defaultRelay = $relay;
        }

        public static function create(): self
        {
            return new self(self::$defaultRelay);
        }

        private function __construct(private readonly \Closure $relay)
        {
        }

        /** @return array{0: string, 1: array}|null context and body of the next request */
        public function waitPayload(): ?array
        {
            return ($this->relay)();
        }
    }
}

namespace Spiral\RoadRunner\Http {

    use Nyholm\Psr7\Response;
    use Nyholm\Psr7\ServerRequest;
    use Spiral\RoadRunner\Worker;

    final class PSR7Worker
    {
        public int $responded = 0;

        public function __construct(private readonly Worker $worker)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            $payload = $this->worker->waitPayload();
            if ($payload === null) {
                return null;
            }
            [$context, $body] = $payload;
            $request = new ServerRequest($context['method'], $context['uri'], $context['headers']);
            return $request->withParsedBody($body);
        }

        public function respond(Response $response): void
        {
            $this->responded++;
        }
    }
}
