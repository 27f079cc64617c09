<?php

namespace React\EventLoop {

    /** Stand-in for the global ReactPHP loop: one per process, ticks run in order. */
    final class Loop
    {
        private static ?Loop $instance = null;
        /** @var \SplQueue<callable> */
        private \SplQueue $ticks;

        private function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public static function get(): Loop
        {
            return self::$instance ??= new Loop();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function run(): void
        {
            while (!$this->ticks->isEmpty()) {
                ($this->ticks->dequeue())();
            }
        }
    }
}

namespace React\Promise {

    final class Promise
    {
        private ?array $handlers = [];
        private mixed $value = null;
        private bool $settled = false;

        public function then(callable $onFulfilled): Promise
        {
            $next = new Deferred();
            $run = static function (mixed $value) use ($onFulfilled, $next): void {
                $next->resolve($onFulfilled($value));
            };
            $this->settled ? $run($this->value) : $this->handlers[] = $run;
            return $next->promise();
        }

        /** @internal */
        public function settle(mixed $value): void
        {
            [$handlers, $this->handlers, $this->value, $this->settled] = [$this->handlers, null, $value, true];
            foreach ($handlers as $handler) {
                $handler($value);
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
            $this->promise->settle($value);
        }
    }
}

namespace React\Http {

    use React\EventLoop\Loop;

    final class ServerRequest
    {
        public function __construct(public readonly string $path, public readonly array $body)
        {
        }

        public function getParsedBody(): array
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }
    }

    /** The handler is created once; every incoming request runs it, then the loop ticks. */
    final class HttpServer
    {
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        public function serve(int $requests): void
        {
            for ($i = 0; $i < $requests; $i++) {
                $request = new ServerRequest('/mt/jobs', [
                    'text' => str_repeat("Reset your password from the account settings page ($i). ", 12),
                    'target' => ['de', 'ja', 'es'][$i % 3],
                ]);
                ($this->handler)($request)->then(static fn (Response $r) => $r->status);
                Loop::get()->run();
            }
        }
    }
}

namespace App\Mt {

    use React\EventLoop\Loop;
    use React\Promise\Deferred;
    use React\Promise\Promise;

    final class EngineClient
    {
        public function translate(string $text, string $locale): Promise
        {
            $deferred = new Deferred();
            Loop::get()->futureTick(static fn () => $deferred->resolve("[$locale] " . strtoupper($text)));
            return $deferred->promise();
        }
    }

    final class JobCallbacks
    {
        /** Fills in no-op handlers for the hooks the caller did not provide. */
        public static function withDefaults(array $overrides): array
        {
            return array_merge([
                'onProgress' => static function (MtJob $job, int $percent): void {
                },
                'onComplete' => static function (MtJob $job, string $text): void {
                },
            ], $overrides);
        }
    }

    final class MtJob
    {
        /** @var array<string, callable> */
        private array $callbacks = [];
        private ?string $result = null;

        public function __construct(
            public readonly string $source,
            public readonly string $targetLocale,
        ) {
        }

        public function setCallbacks(array $callbacks): void
        {
            $this->callbacks = $callbacks; // leak
        }

        public function run(EngineClient $engine): Promise
        {
            $this->setCallbacks(JobCallbacks::withDefaults([ // leak
                'onComplete' => fn (MtJob $job, string $text) => $job->store($text), // leak
            ]));
            $this->fire('onProgress', 0);

            return $engine->translate($this->source, $this->targetLocale)
                ->then(function (string $text): string {
                    $this->fire('onComplete', $text);
                    return $this->result;
                });
        }

        public function store(string $text): void
        {
            $this->result = $text;
        }

        private function fire(string $hook, mixed ...$args): void
        {
            ($this->callbacks[$hook])($this, ...$args);
        }
    }

    final class TranslateController
    {
        public function __construct(private EngineClient $engine)
        {
        }

        public function __invoke(\React\Http\ServerRequest $request): Promise
        {
            $body = $request->getParsedBody();
            $job = new MtJob($body['text'], $body['target']);
            return $job->run($this->engine)
                ->then(static fn (string $translated) => new \React\Http\Response(200, $translated));
        }
    }
}

namespace {

    use App\Mt\EngineClient;
    use App\Mt\TranslateController;
    use React\Http\HttpServer;

    $server = new HttpServer(new TranslateController(new EngineClient()));
    $server->serve((int) (getenv('PHPLEAK_N') ?: 100));
}
