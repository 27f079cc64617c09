<?php

declare(strict_types=1);

namespace {
    if (!\function_exists('frankenphp_handle_request')) {
        /** Stand-in for FrankenPHP worker mode: serves PHPLEAK_N requests, then asks the script to exit. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $n = (int) (\getenv('PHPLEAK_N') ?: 100);
            if ($served >= $n) {
                return false;
            }
            $_SERVER['REQUEST_URI'] = '/cart/items';
            $_SERVER['HTTP_X_REQUEST_ID'] = \sprintf('fp-%06d', $served);
            $_POST = ['sku' => 'SKU-' . ($served % 211), 'qty' => (string) (1 + $served % 3), 'cart' => 'c' . ($served % 40)];
            ++$served;
            $handler();

            return true;
        }
    }
}

namespace App\Realtime {

    final class Event
    {
        public function __construct(
            public readonly int $id,
            public readonly string $topic,
            public readonly string $data,
        ) {
        }

        public function toSse(): string
        {
            return "id: {$this->id}\nevent: {$this->topic}\ndata: {$this->data}\n\n";
        }
    }

    final class Hub
    {
        /** @var list<Event> */
        private array $backlog = [];
        private int $nextId = 1;

        public function __construct(private int $maxBacklog)
        {
        }

        /** @param array<string, array> $updates */
        public function publishAll(array $updates): void
        {
            foreach ($updates as $topic => $payload) {
                $this->backlog[] = new Event($this->nextId++, $topic, \json_encode($payload));
            }
            while (\count($this->backlog) > $this->maxBacklog) {
                \array_shift($this->backlog);
            }
        }

        /** @return list<Event> events a reconnecting client missed */
        public function since(int $lastEventId): array
        {
            $out = [];
            for ($i = \count($this->backlog) - 1; $i >= 0 && $this->backlog[$i]->id > $lastEventId; --$i) {
                $out[] = $this->backlog[$i];
            }

            return \array_reverse($out);
        }
    }

    final class CartController
    {
        public function __construct(private Hub $hub)
        {
        }

        public function addItem(array $post, string $requestId): string
        {
            $line = ['sku' => $post['sku'], 'qty' => (int) $post['qty'], 'request' => $requestId];
            $this->hub->publishAll([
                'cart.updated' => ['cart' => $post['cart'], 'line' => $line, 'snapshot' => \str_repeat($post['sku'], 60)],
                'stock.reserved' => ['sku' => $post['sku'], 'qty' => $line['qty'], 'hold' => \bin2hex(\random_bytes(64))],
                'pricing.recalculated' => ['cart' => $post['cart'], 'total' => 1234 * $line['qty'], 'trace' => \str_repeat('p', 200)],
            ]);

            return \json_encode(['ok' => true, 'missed' => \count($this->hub->since(0))]);
        }
    }

    $hub = new Hub(256);
    $controller = new CartController($hub);
    $sent = 0;

    $handler = static function () use ($controller, &$sent): void {
        $sent += \strlen($controller->addItem($_POST, $_SERVER['HTTP_X_REQUEST_ID']));
    };

    while (\frankenphp_handle_request($handler)) {
        \gc_collect_cycles();
    }
}
