<?php

declare(strict_types=1);

namespace Evenement {
    trait EventEmitterTrait
    {
        /** @var array<string, list<callable>> */
        protected array $listeners = [];

        public function on(string $event, callable $listener): static
        {
            $this->listeners[$event][] = $listener;
            return $this;
        }

        public function removeAllListeners(?string $event = null): void
        {
            if ($event === null) {
                $this->listeners = [];
            } else {
                unset($this->listeners[$event]);
            }
        }

        public function emit(string $event, array $arguments = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$arguments);
            }
        }
    }
}

namespace React\Stream {
    use Evenement\EventEmitterTrait;

    interface ReadableStreamInterface
    {
        public function on(string $event, callable $listener): static;

        public function isReadable(): bool;

        public function close(): void;
    }

    /** Stand-in for react/stream's ThroughStream, which the server writes the request body into. */
    final class ThroughStream implements ReadableStreamInterface
    {
        use EventEmitterTrait;

        private bool $closed = false;

        public function isReadable(): bool
        {
            return !$this->closed;
        }

        public function write(string $data): bool
        {
            if ($this->closed) {
                return false;
            }
            $this->emit('data', [$data]);
            return true;
        }

        public function end(): void
        {
            if (!$this->closed) {
                $this->emit('end');
                $this->close();
            }
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }
            $this->closed = true;
            $this->emit('close');
            $this->removeAllListeners();
        }
    }
}

namespace React\Promise {
    final class Promise
    {
        private bool $settled = false;
        private mixed $value = null;
        private ?\Throwable $reason = null;

        /** @var list<array{?callable, ?callable}> */
        private array $handlers = [];

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): void
        {
            if ($this->settled) {
                $this->reason === null ? ($onFulfilled && $onFulfilled($this->value)) : ($onRejected && $onRejected($this->reason));
                return;
            }
            $this->handlers[] = [$onFulfilled, $onRejected];
        }

        /** @internal */
        public function settle(mixed $value, ?\Throwable $reason): void
        {
            if ($this->settled) {
                return;
            }
            [$this->settled, $this->value, $this->reason] = [true, $value, $reason];
            $handlers = $this->handlers;
            $this->handlers = [];
            foreach ($handlers as [$onFulfilled, $onRejected]) {
                $reason === null ? ($onFulfilled && $onFulfilled($value)) : ($onRejected && $onRejected($reason));
            }
        }
    }

    final class Deferred
    {
        private Promise $promise;

        public function __construct()
        {
            $this->promise = new Promise();
        }

        public function promise(): Promise
        {
            return $this->promise;
        }

        public function resolve(mixed $value): void
        {
            $this->promise->settle($value, null);
        }

        public function reject(\Throwable $reason): void
        {
            $this->promise->settle(null, $reason);
        }
    }
}

namespace React\Http\Message {
    use React\Stream\ReadableStreamInterface;

    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            private array $headers,
            private ReadableStreamInterface $body,
        ) {
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getBody(): ReadableStreamInterface
        {
            return $this->body;
        }

        public function withBody(ReadableStreamInterface $body): self
        {
            $clone = clone $this;
            $clone->body = $body;
            return $clone;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers = [], public readonly string $body = '')
        {
        }
    }
}

namespace App\Http {
    use Evenement\EventEmitterTrait;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;
    use React\Promise\Deferred;
    use React\Promise\Promise;
    use React\Stream\ReadableStreamInterface;

    final class PayloadTooLarge extends \RuntimeException
    {
    }

    /** Passes a request body through and fails it once it exceeds a byte limit. */
    final class LimitedBodyStream implements ReadableStreamInterface
    {
        use EventEmitterTrait;

        private int $seen = 0;
        private bool $closed = false;

        public function __construct(private ReadableStreamInterface $source, private int $limit)
        {
            $source->on('data', fn (string $chunk) => $this->handleData($chunk));
            $source->on('end', fn () => $this->handleEnd());
            $source->on('close', fn () => $this->close());
        }

        public function isReadable(): bool
        {
            return !$this->closed && $this->source->isReadable();
        }

        private function handleData(string $chunk): void
        {
            $this->seen += strlen($chunk);
            if ($this->seen > $this->limit) {
                $this->emit('error', [new PayloadTooLarge(sprintf('body exceeds %d bytes', $this->limit))]);
                $this->close();
                return;
            }
            $this->emit('data', [$chunk]);
        }

        private function handleEnd(): void
        {
            if (!$this->closed) {
                $this->emit('end');
                $this->close();
            }
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }
            $this->closed = true;
            $this->source->close();
            $this->emit('close');
            $this->removeAllListeners();
        }
    }

    /** Buffers a JSON body and resolves with the decoded document. */
    final class JsonBodyCollector
    {
        private string $buffer = '';
        private Deferred $deferred;

        public function __construct(private ReadableStreamInterface $body)
        {
            $this->deferred = new Deferred();
            $body->on('data', $this->listener('append'));
            $body->on('end', $this->listener('finish'));
            $body->on('error', $this->listener('fail'));
        }

        public function promise(): Promise
        {
            return $this->deferred->promise();
        }

        private function listener(string $method): \Closure
        {
            return \Closure::fromCallable([$this, $method]);
        }

        private function append(string $chunk): void
        {
            $this->buffer .= $chunk;
        }

        private function finish(): void
        {
            try {
                $this->deferred->resolve(json_decode($this->buffer, true, 32, JSON_THROW_ON_ERROR));
            } catch (\JsonException $e) {
                $this->deferred->reject($e);
            }
        }

        private function fail(\Throwable $e): void
        {
            $this->deferred->reject($e);
        }
    }

    final class LimitRequestBody
    {
        public function __construct(private int $maxBytes)
        {
        }

        public function __invoke(ServerRequest $request, callable $next): Promise
        {
            return $next($request->withBody(new LimitedBodyStream($request->getBody(), $this->maxBytes)));
        }
    }

    final class MetricsIngestController
    {
        public int $accepted = 0;
        public int $points = 0;

        public function __invoke(ServerRequest $request): Promise
        {
            $collector = new JsonBodyCollector($request->getBody());
            $result = new Deferred();
            $collector->promise()->then(
                function (array $document) use ($result): void {
                    $this->accepted++;
                    $this->points += count($document['points'] ?? []);
                    $result->resolve(new Response(202, ['content-type' => 'application/json'], '{"status":"queued"}'));
                },
                static fn (\Throwable $e) => $result->resolve(new Response($e instanceof PayloadTooLarge ? 413 : 400)),
            );
            return $result->promise();
        }
    }
}

namespace {
    use App\Http\LimitRequestBody;
    use App\Http\MetricsIngestController;
    use React\Http\Message\ServerRequest;
    use React\Stream\ThroughStream;

    // new React\Http\HttpServer(new StreamingRequestMiddleware(), new LimitRequestBody(64 * 1024), $controller)
    $middleware = new LimitRequestBody(64 * 1024);
    $controller = new MetricsIngestController();

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $body = new ThroughStream();
        $request = new ServerRequest('POST', '/v1/metrics', ['content-type' => 'application/json'], $body);
        $middleware($request, $controller)->then(static function ($response): void {
        });

        // The connection delivers the body in TCP-sized pieces.
        $points = [];
        for ($p = 0; $p < 8; $p++) {
            $points[] = ['name' => 'http.server.duration', 'host' => 'web-' . ($i % 12), 'value' => ($i * 31 + $p) % 997, 'ts' => 1717000000 + $i];
        }
        foreach (str_split(json_encode(['points' => $points]), 256) as $chunk) {
            $body->write($chunk);
        }
        $body->end();
        unset($body, $request, $points);
    }
}
