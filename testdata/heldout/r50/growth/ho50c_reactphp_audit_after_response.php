<?php

// ReactPHP HTTP API: one process, one event loop, a middleware chain that
// runs for every request. Audit entries are written after the response has
// gone out, through hooks on a long-lived request lifecycle emitter.

namespace Evenement {
    trait EventEmitterTrait
    {
        protected array $listeners = [];
        protected array $onceListeners = [];

        public function on(string $event, callable $listener): static
        {
            $this->listeners[$event][] = $listener; // leak

            return $this;
        }

        public function once(string $event, callable $listener): static
        {
            $this->onceListeners[$event][] = $listener;

            return $this;
        }

        public function removeListener(string $event, callable $listener): void
        {
            foreach (['listeners', 'onceListeners'] as $bag) {
                $index = array_search($listener, $this->{$bag}[$event] ?? [], true);
                if ($index !== false) {
                    unset($this->{$bag}[$event][$index]);
                    if ($this->{$bag}[$event] === []) {
                        unset($this->{$bag}[$event]);
                    }
                }
            }
        }

        public function emit(string $event, array $arguments = []): void
        {
            $listeners = $this->listeners[$event] ?? [];
            $once = $this->onceListeners[$event] ?? [];
            unset($this->onceListeners[$event]);
            foreach ([...$listeners, ...$once] as $listener) {
                $listener(...$arguments);
            }
        }
    }

    class EventEmitter
    {
        use EventEmitterTrait;
    }
}

namespace React\EventLoop {
    final class Loop
    {
        private static ?\SplQueue $ticks = null;

        public static function futureTick(callable $listener): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($listener);
        }

        public static function run(): void
        {
            while (self::$ticks !== null && !self::$ticks->isEmpty()) {
                (self::$ticks->dequeue())();
            }
        }
    }
}

namespace React\Http\Message {
    final class ServerRequest
    {
        private array $attributes = [];

        public function __construct(
            private string $method,
            private string $path,
            private array $headers,
            private string $body,
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getParsedBody(): array
        {
            return json_decode($this->body, true) ?? [];
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }

        public function withAttribute(string $name, mixed $value): self
        {
            $new = clone $this;
            $new->attributes[$name] = $value;

            return $new;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public static function json(array $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }
}

namespace React\Http {
    use Evenement\EventEmitter;
    use React\Http\Message\ServerRequest;

    final class HttpServer extends EventEmitter
    {
        /** @var list<callable> */
        private array $middleware;

        public function __construct(callable ...$middleware)
        {
            $this->middleware = $middleware;
        }

        public function listen(EventEmitter $socket): void
        {
            $socket->on('request', function (ServerRequest $request): void {
                $this->dispatch($request, 0);
            });
        }

        private function dispatch(ServerRequest $request, int $index): mixed
        {
            $current = $this->middleware[$index];
            if (!isset($this->middleware[$index + 1])) {
                return $current($request);
            }

            return $current($request, fn (ServerRequest $request) => $this->dispatch($request, $index + 1));
        }
    }
}

namespace App\Lifecycle {
    use Evenement\EventEmitter;

    /** Process-wide hub for per-request lifecycle events. */
    final class RequestLifecycle extends EventEmitter
    {
        public static function sentEvent(string $requestId): string
        {
            return 'response.sent:' . $requestId;
        }
    }

    trait HooksIntoRequestLifecycle
    {
        protected RequestLifecycle $lifecycle;

        /** Runs $hook once the response for $requestId has been written. */
        protected function afterResponse(string $requestId, callable $hook): void
        {
            $this->lifecycle->on(RequestLifecycle::sentEvent($requestId), $hook); // leak
        }
    }
}

namespace App\Audit {
    final class AuditSink
    {
        private int $written = 0;
        private int $bytes = 0;

        public function write(array $entry): void
        {
            $line = json_encode($entry);
            $this->written++;
            $this->bytes += strlen($line);
        }
    }
}

namespace App\Middleware {
    use App\Audit\AuditSink;
    use App\Lifecycle\HooksIntoRequestLifecycle;
    use App\Lifecycle\RequestLifecycle;
    use React\EventLoop\Loop;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    final class RequestIdMiddleware
    {
        private int $sequence = 0;

        public function __invoke(ServerRequest $request, callable $next): Response
        {
            $id = $request->getHeaderLine('X-Request-Id') ?: sprintf('%s-%d', getmypid(), ++$this->sequence);

            return $next($request->withAttribute('request_id', $id));
        }
    }

    /** Emits response.sent on the tick after the response was handed back. */
    final class LifecycleMiddleware
    {
        public function __construct(private RequestLifecycle $lifecycle)
        {
        }

        public function __invoke(ServerRequest $request, callable $next): Response
        {
            $response = $next($request);
            $event = RequestLifecycle::sentEvent($request->getAttribute('request_id'));
            Loop::futureTick(fn () => $this->lifecycle->emit($event, [$request, $response]));

            return $response;
        }
    }

    final class AuthenticateMiddleware
    {
        private const TOKENS = ['tok-a' => 'alice', 'tok-b' => 'bob', 'tok-c' => 'carol'];

        public function __invoke(ServerRequest $request, callable $next): Response
        {
            $token = substr($request->getHeaderLine('Authorization'), 7);
            if (!isset(self::TOKENS[$token])) {
                return new Response(401);
            }

            return $next($request->withAttribute('user', self::TOKENS[$token]));
        }
    }

    final class AuditMiddleware
    {
        use HooksIntoRequestLifecycle;

        public function __construct(RequestLifecycle $lifecycle, private AuditSink $sink)
        {
            $this->lifecycle = $lifecycle;
        }

        public function __invoke(ServerRequest $request, callable $next): Response
        {
            if ($request->getMethod() === 'GET') {
                return $next($request);
            }
            $this->afterResponse($request->getAttribute('request_id'), $this->auditTrailFor($request));

            return $next($request);
        }

        private function auditTrailFor(ServerRequest $request): \Closure
        {
            $entry = [
                'user' => $request->getAttribute('user'),
                'method' => $request->getMethod(),
                'path' => $request->getPath(),
                'changes' => $request->getParsedBody(),
                'at' => date(DATE_ATOM),
            ];

            return function (ServerRequest $request, Response $response) use ($entry): void {
                $this->sink->write($entry + ['status' => $response->status]);
            };
        }
    }
}

namespace App\Controller {
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    final class AccountSettingsController
    {
        public function __invoke(ServerRequest $request): Response
        {
            $settings = array_intersect_key($request->getParsedBody(), array_flip(['display_name', 'timezone', 'newsletter', 'bio']));

            return Response::json(['user' => $request->getAttribute('user'), 'updated' => array_keys($settings)]);
        }
    }
}

namespace {
    use App\Audit\AuditSink;
    use App\Controller\AccountSettingsController;
    use App\Lifecycle\RequestLifecycle;
    use App\Middleware\AuditMiddleware;
    use App\Middleware\AuthenticateMiddleware;
    use App\Middleware\LifecycleMiddleware;
    use App\Middleware\RequestIdMiddleware;
    use Evenement\EventEmitter;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\Message\ServerRequest;

    /** Stand-in for React\Socket\SocketServer + the HTTP parser. */
    final class ReplaySocket extends EventEmitter
    {
        private int $delivered = 0;

        public function __construct(private int $requests)
        {
            Loop::futureTick(fn () => $this->deliver());
        }

        private function deliver(): void
        {
            if ($this->delivered >= $this->requests) {
                return;
            }
            $i = $this->delivered++;
            $this->emit('request', [new ServerRequest(
                'PATCH',
                '/account/settings',
                ['authorization' => 'Bearer tok-' . ['a', 'b', 'c'][$i % 3], 'content-type' => 'application/json'],
                json_encode([
                    'display_name' => 'User ' . $i,
                    'timezone' => 'Europe/Amsterdam',
                    'newsletter' => $i % 2 === 0,
                    'bio' => str_repeat('Coffee, trains and long walks. ', 10),
                ]),
            )]);
            Loop::futureTick(fn () => $this->deliver());
        }
    }

    $lifecycle = new RequestLifecycle();
    $http = new HttpServer(
        new RequestIdMiddleware(),
        new LifecycleMiddleware($lifecycle),
        new AuthenticateMiddleware(),
        new AuditMiddleware($lifecycle, new AuditSink()),
        new AccountSettingsController(),
    );
    $http->listen(new ReplaySocket((int) (getenv('PHPLEAK_N') ?: 100)));

    Loop::run();
}
