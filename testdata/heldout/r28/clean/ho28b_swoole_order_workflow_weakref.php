<?php
declare(strict_types=1);

// Swoole HTTP server for the order service: restaurant tablets and courier
// apps POST state transitions (accept, ready, picked_up, ...) for an order.

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public array $header = [];
        public ?array $post = null;

        public function __construct(private string $body) {}

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public int $status = 200;
        public string $sent = '';

        public function header(string $k, string $v): void {}

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function end(string $body = ''): void
        {
            $this->sent = $body;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public string $host, public int $port) {}

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $transitions = ['accept', 'start_preparing', 'mark_ready', 'pick_up', 'deliver'];
            for ($i = 0; $i < $n; $i++) {
                $req = new Request(json_encode([
                    'order_id' => 'ord_' . (5100000 + $i),
                    'transition' => $transitions[$i % 5],
                    'actor' => $i % 5 < 3 ? 'restaurant:rst_' . (40 + $i % 12) : 'courier:cou_' . (900 + $i % 75),
                ]));
                $req->server = ['request_method' => 'POST', 'request_uri' => '/orders/transition'];
                ($this->callbacks['request'])($req, new Response());
            }
        }
    }
}

namespace OrderService\Workflow {

    final class TransitionRecord
    {
        public function __construct(
            public readonly string $transition,
            public readonly string $from,
            public readonly string $to,
            public readonly string $actor,
            public readonly string $at,
        ) {}
    }

    final class TransitionTable
    {
        /** @param array<string, array{from: list<string>, to: string}> $transitions */
        public function __construct(private array $transitions) {}

        public function target(string $transition, string $from): ?string
        {
            $t = $this->transitions[$transition] ?? null;
            return $t !== null && in_array($from, $t['from'], true) ? $t['to'] : null;
        }

        /** @return list<string> */
        public function availableFrom(string $state): array
        {
            $names = [];
            foreach ($this->transitions as $name => $t) {
                if (in_array($state, $t['from'], true)) {
                    $names[] = $name;
                }
            }
            return $names;
        }
    }

    final class Order
    {
        private ?OrderWorkflow $workflow = null;
        /** @var list<TransitionRecord> */
        private array $history = [];

        public function __construct(
            public readonly string $id,
            public readonly string $restaurantId,
            public readonly array $lines,
            public readonly string $dropoffNote,
            private string $state,
        ) {}

        public function state(): string
        {
            return $this->state;
        }

        public function record(TransitionRecord $record): void
        {
            $this->state = $record->to;
            $this->history[] = $record;
        }

        /** @return list<TransitionRecord> */
        public function history(): array
        {
            return $this->history;
        }

        public function workflow(): OrderWorkflow
        {
            return $this->workflow ??= OrderWorkflowFactory::instance()->create($this);
        }
    }

    final class OrderWorkflow
    {
        /** @var \WeakReference<Order> the order owns its workflow, not the reverse */
        private \WeakReference $order;

        public function __construct(
            Order $order,
            private TransitionTable $table,
        ) {
            $this->order = \WeakReference::create($order);
        }

        private function order(): Order
        {
            return $this->order->get() ?? throw new \LogicException('order was released');
        }

        public function can(string $transition): bool
        {
            return $this->table->target($transition, $this->order()->state()) !== null;
        }

        public function apply(string $transition, string $actor): TransitionRecord
        {
            $from = $this->order()->state();
            $to = $this->table->target($transition, $from)
                ?? throw new \DomainException("Cannot $transition order {$this->order()->id} from $from");
            $record = new TransitionRecord($transition, $from, $to, $actor, gmdate(DATE_ATOM));
            $this->order()->record($record);
            return $record;
        }

        /** @return list<string> */
        public function nextTransitions(): array
        {
            return $this->table->availableFrom($this->order()->state());
        }
    }

    final class OrderWorkflowFactory
    {
        private static ?self $instance = null;

        private function __construct(private TransitionTable $table) {}

        public static function boot(TransitionTable $table): void
        {
            self::$instance = new self($table);
        }

        public static function instance(): self
        {
            return self::$instance ?? throw new \LogicException('workflow factory not booted');
        }

        public function create(Order $order): OrderWorkflow
        {
            return new OrderWorkflow($order, $this->table);
        }
    }

    /** Rehydrates orders; stands in for the PDO-backed repository. */
    final class OrderRepository
    {
        private const STATE_BEFORE = [
            'accept' => 'placed',
            'start_preparing' => 'accepted',
            'mark_ready' => 'preparing',
            'pick_up' => 'ready_for_pickup',
            'deliver' => 'in_transit',
        ];

        public function find(string $orderId, string $forTransition): Order
        {
            $seed = crc32($orderId);
            $lines = [];
            for ($l = 0; $l < 2 + $seed % 3; $l++) {
                $lines[] = ['sku' => 'sku_' . (($seed >> $l) % 9000), 'name' => 'Item ' . (($seed >> ($l + 3)) % 500), 'qty' => 1 + $l, 'price_cents' => 450 + ($seed >> $l) % 1200];
            }
            return new Order(
                $orderId,
                'rst_' . ($seed % 300),
                $lines,
                sprintf('Ring at %d, leave with concierge if no answer (order %s)', $seed % 120, $orderId),
                self::STATE_BEFORE[$forTransition] ?? 'placed',
            );
        }

        public function save(Order $order): void
        {
        }
    }

    final class TransitionController
    {
        public function __construct(private OrderRepository $orders) {}

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $input = json_decode($request->rawContent(), true);
            $order = $this->orders->find($input['order_id'], $input['transition']);
            $workflow = $order->workflow();

            if (!$workflow->can($input['transition'])) {
                $response->status(409);
                $response->end(json_encode(['error' => 'invalid_transition', 'state' => $order->state()]));
                return;
            }

            $record = $workflow->apply($input['transition'], $input['actor']);
            $this->orders->save($order);

            $response->header('Content-Type', 'application/json');
            $response->end(json_encode([
                'order_id' => $order->id,
                'state' => $record->to,
                'next' => $workflow->nextTransitions(),
            ]));
        }
    }
}

namespace {
    use OrderService\Workflow\OrderRepository;
    use OrderService\Workflow\OrderWorkflowFactory;
    use OrderService\Workflow\TransitionController;
    use OrderService\Workflow\TransitionTable;

    OrderWorkflowFactory::boot(new TransitionTable([
        'accept' => ['from' => ['placed'], 'to' => 'accepted'],
        'reject' => ['from' => ['placed'], 'to' => 'rejected'],
        'start_preparing' => ['from' => ['accepted'], 'to' => 'preparing'],
        'mark_ready' => ['from' => ['preparing'], 'to' => 'ready_for_pickup'],
        'pick_up' => ['from' => ['ready_for_pickup'], 'to' => 'in_transit'],
        'deliver' => ['from' => ['in_transit'], 'to' => 'delivered'],
        'cancel' => ['from' => ['placed', 'accepted', 'preparing'], 'to' => 'cancelled'],
    ]));

    $controller = new TransitionController(new OrderRepository());

    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $server->on('request', $controller);
    $server->start();
}
