<?php

declare(strict_types=1);

namespace Swoole\Http {

    /** Stand-ins for ext-swoole's HTTP server (the extension is not loaded here). */
    final class Request
    {
        public array $header = [];
        public array $post = [];
        public array $server = [];
    }

    final class Response
    {
        public int $statusCode = 200;
        public string $content = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function end(string $content = ''): void
        {
            $this->content = $content;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        /** Feeds $count synthetic requests through the 'request' callback. */
        public function start(int $count, \Closure $makeRequest): void
        {
            for ($i = 0; $i < $count; $i++) {
                ($this->callbacks['request'])($makeRequest($i), new Response());
            }
        }
    }
}

namespace App\Events {

    final class EventDispatcher
    {
        /** @var array<string, list<callable>> */
        private array $listeners = [];

        /** @param array<string, list<callable>> $subscriptions */
        public function subscribe(array $subscriptions): void
        {
            $this->listeners = array_merge_recursive($this->listeners, $subscriptions); // leak
        }

        public function dispatch(string $event, array $payload): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener($event, $payload);
            }
        }
    }
}

namespace App\Checkout {

    use App\Events\EventDispatcher;

    final class AuditLedger
    {
        /** @var list<string> */
        private array $entries = [];

        public function onCaptured(string $event, array $payload): void
        {
            $this->entries[] = sprintf('%s:%s:%d', $event, $payload['payment'], $payload['amount']);
        }

        public function entries(): array
        {
            return $this->entries;
        }
    }

    final class PaymentGateway
    {
        public function capture(string $orderId, int $amount): string
        {
            return 'pay_' . substr(hash('sha256', $orderId . $amount), 0, 16);
        }
    }

    /** One per HTTP request: owns its own dispatcher and audit trail. */
    final class CheckoutSession
    {
        private EventDispatcher $events;

        /** @var list<string> */
        private array $entries = [];

        public function __construct(
            private readonly string $orderId,
            private readonly array $cart,
            private readonly AuditLedger $ledger,
            private readonly PaymentGateway $gateway,
        ) {
            $this->events = new EventDispatcher();
            $this->events->subscribe($this->listeners()); // leak
        }

        /** @return array<string, list<callable>> */
        private function listeners(): array
        {
            $record = function (string $event, array $payload): void {
                $this->entries[] = $event . ':' . json_encode($payload);
            };

            return [
                'order.placed' => [\Closure::bind($record, $this, self::class)], // leak
                'payment.captured' => [$this->onCaptured(...)], // leak
            ];
        }

        public function onCaptured(string $event, array $payload): void
        {
            $this->entries[] = sprintf('%s:%s:%d', $event, $payload['payment'], $payload['amount']);
        }

        public function complete(): array
        {
            $amount = array_sum(array_column($this->cart, 'price'));
            $this->events->dispatch('order.placed', ['order' => $this->orderId, 'cart' => $this->cart]);
            $payment = $this->gateway->capture($this->orderId, $amount);
            $this->events->dispatch('payment.captured', ['payment' => $payment, 'amount' => $amount]);

            return ['order' => $this->orderId, 'payment' => $payment, 'amount' => $amount];
        }
    }

    final class CheckoutController
    {
        public function __construct(private readonly PaymentGateway $gateway)
        {
        }

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $session = new CheckoutSession(
                $request->post['order_id'],
                $request->post['cart'],
                new AuditLedger(),
                $this->gateway,
            );
            $response->status(201);
            $response->end(json_encode($session->complete()));
        }
    }
}

namespace {

    use App\Checkout\CheckoutController;
    use App\Checkout\PaymentGateway;
    use Swoole\Http\Request;
    use Swoole\Http\Server;

    $controller = new CheckoutController(new PaymentGateway());
    $server = new Server('0.0.0.0', 9501);
    $server->on('request', $controller);

    $server->start((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i): Request {
        $request = new Request();
        $request->server = ['request_uri' => '/checkout', 'request_method' => 'POST'];
        $request->post = [
            'order_id' => sprintf('ORD-%07d', $i),
            'cart' => [
                ['sku' => "BK-{$i}", 'title' => str_repeat('Domain-Driven Design ', 4), 'price' => 4599],
                ['sku' => "MG-{$i}", 'title' => str_repeat('Coffee mug, blue ', 4), 'price' => 1299],
            ],
        ];

        return $request;
    });
}
