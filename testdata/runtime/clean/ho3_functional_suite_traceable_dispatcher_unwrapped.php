<?php
// A PHPUnit-style functional suite boots a fresh debug kernel for every test and sends one request through its traceable event dispatcher.

declare(strict_types=1);

namespace Symfony\Component\EventDispatcher {

    class Event
    {
        private bool $propagationStopped = false;

        public function isPropagationStopped(): bool
        {
            return $this->propagationStopped;
        }

        public function stopPropagation(): void
        {
            $this->propagationStopped = true;
        }
    }

    interface EventDispatcherInterface
    {
        public function dispatch(object $event, ?string $eventName = null): object;

        public function addListener(string $eventName, callable $listener, int $priority = 0): void;

        public function removeListener(string $eventName, callable $listener): void;

        /**
         * @return list<callable>
         */
        public function getListeners(string $eventName): array;
    }

    class EventDispatcher implements EventDispatcherInterface
    {
        /** @var array<string, array<int, list<callable>>> */
        private array $listeners = [];

        public function dispatch(object $event, ?string $eventName = null): object
        {
            $eventName ??= $event::class;
            foreach ($this->getListeners($eventName) as $listener) {
                if ($event instanceof Event && $event->isPropagationStopped()) {
                    break;
                }
                $listener($event, $eventName, $this);
            }

            return $event;
        }

        public function addListener(string $eventName, callable $listener, int $priority = 0): void
        {
            $this->listeners[$eventName][$priority][] = $listener;
        }

        public function removeListener(string $eventName, callable $listener): void
        {
            foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
                foreach ($listeners as $k => $candidate) {
                    if ($candidate === $listener) {
                        unset($this->listeners[$eventName][$priority][$k]);
                    }
                }
                if ($this->listeners[$eventName][$priority] === []) {
                    unset($this->listeners[$eventName][$priority]);
                }
            }
        }

        public function getListeners(string $eventName): array
        {
            if (empty($this->listeners[$eventName])) {
                return [];
            }
            krsort($this->listeners[$eventName]);

            return array_merge(...array_values($this->listeners[$eventName]));
        }
    }
}

namespace Symfony\Component\EventDispatcher\Debug {

    use Symfony\Component\EventDispatcher\EventDispatcherInterface;

    final class WrappedListener
    {
        /** @var callable */
        private $listener;
        private string $pretty;
        private bool $called = false;
        private float $duration = 0.0;

        public function __construct(callable $listener, private TraceableEventDispatcher $dispatcher)
        {
            $this->listener = $listener;
            if (is_array($listener)) {
                $this->pretty = (is_object($listener[0]) ? $listener[0]::class : $listener[0]) . '::' . $listener[1];
            } else {
                $this->pretty = 'closure';
            }
        }

        /**
         * @return callable
         */
        public function getWrappedListener()
        {
            return $this->listener;
        }

        public function wasCalled(): bool
        {
            return $this->called;
        }

        /**
         * @return array{pretty: string, duration: float, called: bool}
         */
        public function getInfo(): array
        {
            return ['pretty' => $this->pretty, 'duration' => $this->duration, 'called' => $this->called];
        }

        public function __invoke(object $event, string $eventName, EventDispatcherInterface $dispatcher): void
        {
            $this->called = true;
            $start = hrtime(true);
            ($this->listener)($event, $eventName, $this->dispatcher);
            $this->duration = (hrtime(true) - $start) / 1e6;
        }
    }

    final class TraceableEventDispatcher implements EventDispatcherInterface
    {
        /** @var array<string, list<WrappedListener>> */
        private array $wrappedListeners = [];

        /** @var list<array{event: string, pretty: string, duration: float}> */
        private array $callStack = [];

        public function __construct(private EventDispatcherInterface $dispatcher) {}

        public function addListener(string $eventName, callable $listener, int $priority = 0): void
        {
            $this->dispatcher->addListener($eventName, $listener, $priority);
        }

        public function removeListener(string $eventName, callable $listener): void
        {
            $this->dispatcher->removeListener($eventName, $listener);
        }

        public function getListeners(string $eventName): array
        {
            return $this->dispatcher->getListeners($eventName);
        }

        public function dispatch(object $event, ?string $eventName = null): object
        {
            $eventName ??= $event::class;
            $this->preProcess($eventName);
            try {
                $this->dispatcher->dispatch($event, $eventName);
            } finally {
                $this->postProcess($eventName);
            }

            return $event;
        }

        /**
         * @return list<array{event: string, pretty: string, duration: float}>
         */
        public function getCalledListeners(): array
        {
            return $this->callStack;
        }

        public function reset(): void
        {
            $this->callStack = [];
        }

        private function preProcess(string $eventName): void
        {
            foreach ($this->dispatcher->getListeners($eventName) as $listener) {
                $wrapped = new WrappedListener($listener, $this);
                $this->wrappedListeners[$eventName][] = $wrapped;
                $this->dispatcher->removeListener($eventName, $listener);
                $this->dispatcher->addListener($eventName, $wrapped);
            }
        }

        private function postProcess(string $eventName): void
        {
            foreach ($this->wrappedListeners[$eventName] ?? [] as $wrapped) {
                $this->dispatcher->removeListener($eventName, $wrapped);
                $this->dispatcher->addListener($eventName, $wrapped->getWrappedListener());
                if ($wrapped->wasCalled()) {
                    $this->callStack[] = ['event' => $eventName] + $wrapped->getInfo();
                }
            }
            unset($this->wrappedListeners[$eventName]);
        }
    }
}

namespace App\Tests\Functional {

    use Symfony\Component\EventDispatcher\Debug\TraceableEventDispatcher;
    use Symfony\Component\EventDispatcher\Event;
    use Symfony\Component\EventDispatcher\EventDispatcher;

    final class RequestEvent extends Event
    {
        public ?string $response = null;
        public string $locale = 'en';

        /**
         * @param array<string, string> $headers
         */
        public function __construct(public readonly string $method, public readonly string $uri, public readonly array $headers) {}
    }

    final class LocaleListener
    {
        public function __construct(private readonly string $defaultLocale) {}

        public function onKernelRequest(RequestEvent $event): void
        {
            $event->locale = substr($event->headers['Accept-Language'] ?? $this->defaultLocale, 0, 2);
        }
    }

    final class RouterListener
    {
        /** @var array<string, string> */
        private array $routes;

        public function __construct()
        {
            $this->routes = [
                '/account' => 'account_show',
                '/account/addresses' => 'account_addresses',
                '/cart' => 'cart_show',
            ];
        }

        public function onKernelRequest(RequestEvent $event): void
        {
            $route = $this->routes[$event->uri] ?? 'not_found';
            $event->response = '<html><body>' . $route . str_repeat(' ', 320) . '</body></html>';
        }
    }

    /**
     * Boots a throwaway debug "kernel": dispatcher plus listeners.
     */
    final class TestKernel
    {
        private TraceableEventDispatcher $dispatcher;

        public function __construct(private readonly string $environment)
        {
            $this->dispatcher = new TraceableEventDispatcher(new EventDispatcher());
            $this->dispatcher->addListener('kernel.request', [new LocaleListener('en'), 'onKernelRequest'], 16);
            $this->dispatcher->addListener('kernel.request', [new RouterListener(), 'onKernelRequest'], 32);
        }

        public function handle(string $method, string $uri): string
        {
            $event = new RequestEvent($method, $uri, ['Accept-Language' => 'de', 'X-Test' => $this->environment]);
            $this->dispatcher->dispatch($event, 'kernel.request');

            return $event->response ?? '';
        }

        public function shutdown(): void
        {
            $this->dispatcher->reset();
        }
    }

    abstract class WebTestCase
    {
        private ?TestKernel $kernel = null;
        protected int $assertions = 0;

        protected function bootKernel(): TestKernel
        {
            return $this->kernel = new TestKernel('test');
        }

        protected function assertStringContains(string $needle, string $haystack): void
        {
            $this->assertions++;
            if (!str_contains($haystack, $needle)) {
                throw new \RuntimeException('Failed asserting that response contains ' . $needle);
            }
        }

        public function tearDown(): void
        {
            $this->kernel?->shutdown();
            $this->kernel = null;
        }

        public function assertionCount(): int
        {
            return $this->assertions;
        }

        abstract public function run(int $dataSet): void;
    }

    final class AccountPageTest extends WebTestCase
    {
        public function run(int $dataSet): void
        {
            $kernel = $this->bootKernel();
            $uris = ['/account', '/account/addresses', '/cart'];
            $body = $kernel->handle('GET', $uris[$dataSet % 3]);
            $this->assertStringContains('<body>', $body);
        }
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $passed = 0;
    for ($i = 0; $i < $n; $i++) {
        $test = new AccountPageTest();
        $test->run($i);
        $test->tearDown();
        $passed += $test->assertionCount();
    }
}
