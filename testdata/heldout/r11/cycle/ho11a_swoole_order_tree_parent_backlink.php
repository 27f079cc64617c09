<?php

declare(strict_types=1);

namespace Swoole\Http {

    final class Request
    {
        public array $server = [];
        public array $header = [];
        public array $get = [];
        private string $body;

        public function __construct(array $server, array $header, string $body)
        {
            $this->server = $server;
            $this->header = $header;
            $this->body = $body;
        }

        public function getContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        private array $headers = [];
        private int $status = 200;
        private string $body = '';

        public function header(string $name, string $value): void
        {
            $this->headers[strtolower($name)] = $value;
        }

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function end(string $body = ''): void
        {
            $this->body = $body;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(private string $host, private int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $lines = [];
                for ($l = 0; $l < 3; $l++) {
                    $lines[] = [
                        'sku' => sprintf('SKU-%05d-%d', $i, $l),
                        'qty' => 1 + ($i + $l) % 4,
                        'price' => 1999 + 150 * $l,
                        'title' => str_repeat('Ergonomic desk accessory ', 4) . $l,
                    ];
                }
                $body = json_encode([
                    'customer' => 'cust-' . ($i % 97),
                    'note' => str_repeat('Please leave the parcel at the front desk. ', 7),
                    'lines' => $lines,
                ]);
                $request = new Request(
                    ['request_method' => 'POST', 'request_uri' => '/orders'],
                    ['content-type' => 'application/json'],
                    $body
                );
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Order {

    final class OrderLine
    {
        public ?Order $order = null;

        public function __construct(
            public readonly string $sku,
            public readonly int $quantity,
            public readonly int $unitPrice,
            public readonly string $title,
        ) {
        }

        public function subtotal(): int
        {
            return $this->quantity * $this->unitPrice;
        }
    }

    final class Order
    {
        /** @var list<OrderLine> */
        private array $lines = [];

        public function __construct(
            public readonly string $customerId,
            public readonly string $note,
        ) {
        }

        public function addLine(OrderLine $line): void
        {
            $line->order = $this; // leak
            $this->lines[] = $line; // leak
        }

        public function total(): int
        {
            return array_sum(array_map(static fn (OrderLine $l) => $l->subtotal(), $this->lines));
        }

        public function lineCount(): int
        {
            return count($this->lines);
        }
    }

    final class OrderController
    {
        public function store(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $payload = json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
            $order = new Order($payload['customer'], $payload['note']);
            foreach ($payload['lines'] as $row) {
                $order->addLine(new OrderLine($row['sku'], $row['qty'], $row['price'], $row['title']));
            }

            $response->status(201);
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode(['lines' => $order->lineCount(), 'total' => $order->total()]));
        }
    }
}

namespace {

    use App\Order\OrderController;
    use Swoole\Http\Server;

    $controller = new OrderController();
    $server = new Server('0.0.0.0', 9501);
    $server->on('request', static function ($request, $response) use ($controller): void {
        $controller->store($request, $response);
    });
    $server->start();
}
