<?php
declare(strict_types=1);

// Stand-ins for react/event-loop, react/promise, react/http and react/socket.
namespace React\Promise {
    interface PromiseInterface
    {
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface;
    }

    final class FulfilledPromise implements PromiseInterface
    {
        public function __construct(private mixed $value = null)
        {
        }

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface
        {
            return new FulfilledPromise($onFulfilled ? $onFulfilled($this->value) : $this->value);
        }
    }

    function resolve(mixed $value = null): PromiseInterface
    {
        return new FulfilledPromise($value);
    }
}

namespace React\EventLoop {
    interface LoopInterface
    {
        public function futureTick(callable $listener): void;
        public function run(): void;
    }

    final class StreamSelectLoop implements LoopInterface
    {
        private \SplQueue $ticks;
        /** @var callable[] */
        private array $readers = [];

        public function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function addReadStream($stream, callable $listener): void
        {
            $this->readers[] = $listener;
        }

        public function run(): void
        {
            do {
                while (!$this->ticks->isEmpty()) {
                    ($this->ticks->dequeue())();
                }
                $more = false;
                foreach ($this->readers as $reader) {
                    $more = $reader() || $more;
                }
            } while ($more || !$this->ticks->isEmpty());
        }
    }

    final class Loop
    {
        private static ?LoopInterface $instance = null;

        public static function get(): LoopInterface
        {
            return self::$instance ??= new StreamSelectLoop();
        }

        public static function futureTick(callable $listener): void
        {
            self::get()->futureTick($listener);
        }

        public static function run(): void
        {
            self::get()->run();
        }
    }
}

namespace React\Http\Message {
    final class ServerRequest
    {
        private array $attributes = [];

        public function __construct(
            private string $method,
            private string $uri,
            private array $headers = [],
            private string $body = '',
        ) {
        }

        public function getMethod(): string { return $this->method; }
        public function getUri(): string { return $this->uri; }
        public function getHeaderLine(string $name): string { return $this->headers[strtolower($name)] ?? ''; }
        public function getBody(): string { return $this->body; }
        public function getParsedBody(): array { return json_decode($this->body, true) ?: []; }
        public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }

        public function withAttribute(string $name, mixed $value): static
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;
            return $clone;
        }
    }

    final class Response
    {
        public const STATUS_ACCEPTED = 202;

        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public static function json(mixed $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }
}

namespace React\Socket {
    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;

    final class SocketServer
    {
        /** @var callable|null */
        private $onRequest = null;
        private int $served = 0;

        public function __construct(public string $uri)
        {
            Loop::get()->addReadStream(null, fn () => $this->tick());
        }

        /** @internal used by HttpServer::listen() */
        public function attach(callable $onRequest): void
        {
            $this->onRequest = $onRequest;
        }

        private function tick(): bool
        {
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($this->onRequest === null || $this->served >= $limit) {
                return false;
            }
            $i = $this->served++;
            $payload = json_encode([
                'event' => 'order.paid',
                'order_id' => 50000 + $i,
                'customer' => ['id' => 700 + $i % 40, 'email' => 'customer' . ($i % 40) . '@shop.example'],
                'lines' => [['sku' => 'SKU-' . ($i % 13), 'qty' => 1 + $i % 3, 'price' => 1299]],
            ]);
            ($this->onRequest)(new ServerRequest('POST', '/orders/' . (50000 + $i) . '/paid', [
                'content-type' => 'application/json',
                'x-shop' => 'shop-' . ($i % 3),
            ], $payload));
            return true;
        }
    }
}

namespace React\Http {
    use React\Http\Message\ServerRequest;
    use React\Promise\PromiseInterface;
    use React\Socket\SocketServer;

    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable ...$middleware)
        {
            $this->handler = array_pop($middleware);
        }

        public function listen(SocketServer $socket): void
        {
            $socket->attach(function (ServerRequest $request) {
                $result = ($this->handler)($request);
                if ($result instanceof PromiseInterface) {
                    $result->then(static fn ($response) => $response);
                }
            });
        }
    }

    final class Browser
    {
        public function withTimeout(float $seconds): self
        {
            return $this;
        }

        public function post(string $url, array $headers = [], string $body = ''): PromiseInterface
        {
            return \React\Promise\resolve(new Message\Response(200));
        }
    }
}

namespace App\Webhooks {
    use React\Http\Browser;

    final class Delivery
    {
        private bool $delivered = false;

        public function __construct(
            public readonly string $endpoint,
            public readonly string $event,
            public readonly string $body,
            public readonly string $signature,
        ) {
        }

        public function markDelivered(): void
        {
            $this->delivered = true;
        }

        public function isDelivered(): bool
        {
            return $this->delivered;
        }
    }

    /**
     * Base for the in-process outboxes: a FIFO that empties itself as it is
     * iterated, so a flush never sees the same item twice.
     */
    abstract class BufferedQueue extends \SplQueue
    {
        public function __construct()
        {
            $this->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_DELETE);
        }
    }

    final class WebhookOutbox extends BufferedQueue
    {
        public function __construct(private int $maxBodyBytes)
        {
            parent::__construct();
        }

        public function push(mixed $value): void
        {
            if ($value instanceof Delivery && strlen($value->body) > $this->maxBodyBytes) {
                throw new \LengthException('webhook body too large');
            }
            parent::push($value);
        }
    }

    final class Subscriptions
    {
        public function __construct(private array $byEvent)
        {
        }

        /** @return string[] */
        public function endpointsFor(string $event): array
        {
            return $this->byEvent[$event] ?? [];
        }
    }

    final class WebhookDispatcher
    {
        private bool $flushScheduled = false;

        public function __construct(
            private WebhookOutbox $outbox,
            private Subscriptions $subscriptions,
            private Browser $http,
            private string $secret,
        ) {
        }

        public function publish(string $event, array $data): void
        {
            $body = json_encode(['event' => $event, 'data' => $data, 'sent_at' => gmdate('c')]);
            foreach ($this->subscriptions->endpointsFor($event) as $endpoint) {
                $this->outbox->push(new Delivery($endpoint, $event, $body, hash_hmac('sha256', $body, $this->secret)));
            }
            $this->scheduleFlush();
        }

        private function scheduleFlush(): void
        {
            if ($this->flushScheduled) {
                return;
            }
            $this->flushScheduled = true;
            \React\EventLoop\Loop::futureTick(function () {
                $this->flushScheduled = false;
                $this->flush();
            });
        }

        public function flush(): void
        {
            foreach ($this->outbox as $delivery) {
                if ($delivery->isDelivered()) {
                    continue;
                }
                $this->http->post($delivery->endpoint, [
                    'Content-Type' => 'application/json',
                    'X-Signature' => $delivery->signature,
                ], $delivery->body)->then(static function () use ($delivery) {
                    $delivery->markDelivered();
                });
            }
        }
    }
}

namespace App\Http {
    use App\Webhooks\WebhookDispatcher;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    final class OrderPaidController
    {
        public function __construct(private WebhookDispatcher $webhooks)
        {
        }

        public function __invoke(ServerRequest $request): Response
        {
            $payload = $request->getParsedBody();
            $this->webhooks->publish('order.paid', [
                'order_id' => $payload['order_id'] ?? null,
                'customer' => $payload['customer'] ?? null,
                'lines' => $payload['lines'] ?? [],
                'shop' => $request->getHeaderLine('X-Shop'),
            ]);
            return new Response(Response::STATUS_ACCEPTED);
        }
    }
}

namespace {
    use App\Http\OrderPaidController;
    use App\Webhooks\Subscriptions;
    use App\Webhooks\WebhookDispatcher;
    use App\Webhooks\WebhookOutbox;
    use React\EventLoop\Loop;
    use React\Http\Browser;
    use React\Http\HttpServer;
    use React\Socket\SocketServer;

    $config = [
        'webhooks' => [
            'secret' => 'whsec_3f9a1c',
            'max_body_bytes' => 65536,
            'subscriptions' => [
                'order.paid' => ['https://erp.example/hooks/orders', 'https://crm.example/in/shop-events'],
            ],
        ],
    ];

    $dispatcher = new WebhookDispatcher(
        new WebhookOutbox($config['webhooks']['max_body_bytes']),
        new Subscriptions($config['webhooks']['subscriptions']),
        (new Browser())->withTimeout(5.0),
        $config['webhooks']['secret'],
    );

    $http = new HttpServer(new OrderPaidController($dispatcher));
    $http->listen(new SocketServer('0.0.0.0:8080'));

    Loop::run();
}
