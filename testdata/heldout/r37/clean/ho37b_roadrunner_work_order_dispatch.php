<?php

declare(strict_types=1);

// RoadRunner HTTP worker for the MES routing API: every request loads a work
// order, expands its routing into operations and answers with the schedule.

namespace Spiral\RoadRunner\Http {
    final class Request
    {
        public function __construct(public string $uri, public array $parsed)
        {
        }
    }

    /** Stand-in for Spiral\RoadRunner\Http\PSR7Worker fed by the RR relay. */
    final class HttpWorker
    {
        private int $served = 0;

        public function __construct(private int $max)
        {
        }

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->max) {
                return null;
            }
            $i = $this->served++;

            return new Request('/api/work-orders/' . (880000 + $i) . '/release', [
                'order_no' => sprintf('WO-%06d', 880000 + $i),
                'part_no' => sprintf('PN-%05d-%s', 31000 + $i % 97, ['A', 'B', 'C'][$i % 3]),
                'quantity' => 10 + $i % 40,
                'routing' => ['SAW', 'MILL', $i % 2 ? 'DEBURR' : 'GRIND', 'INSPECT'],
                'due' => 1_717_200_000 + $i * 600,
            ]);
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace App\Mes {
    final class Operation
    {
        /** @var \WeakReference<WorkOrder>|null */
        private ?\WeakReference $workOrder = null;

        public function __construct(
            public readonly int $sequence,
            public readonly string $workCenter,
            public readonly string $instructions,
            public readonly int $setupMinutes,
            public readonly float $runMinutesPerPiece,
        ) {
        }

        public function attachTo(WorkOrder $order): void
        {
            $this->workOrder = \WeakReference::create($order);
        }

        private function order(): ?WorkOrder
        {
            return $this->workOrder?->get();
        }

        public function plannedMinutes(): float
        {
            return $this->setupMinutes + $this->runMinutesPerPiece * ($this->order()?->quantity ?? 0);
        }

        public function orderNo(): string
        {
            return $this->order()?->orderNo ?? '';
        }
    }

    /** @implements \IteratorAggregate<int, Operation> */
    final class OperationList implements \IteratorAggregate, \Countable
    {
        /** @var list<Operation> */
        private array $items = [];

        public function add(Operation $operation, WorkOrder $owner): void
        {
            $operation->attachTo($owner);
            $this->items[] = $operation;
        }

        public function getIterator(): \ArrayIterator
        {
            return new \ArrayIterator($this->items);
        }

        public function count(): int
        {
            return \count($this->items);
        }
    }

    final class WorkOrder
    {
        public readonly OperationList $operations;

        public function __construct(
            public readonly string $orderNo,
            public readonly string $partNo,
            public readonly int $quantity,
        ) {
            $this->operations = new OperationList();
        }

        public function addOperation(Operation $operation): void
        {
            $this->operations->add($operation, $this);
        }
    }

    final class RoutingExpander
    {
        private const CENTERS = [
            'SAW' => ['WC-110', 15, 0.8],
            'MILL' => ['WC-210', 45, 3.5],
            'DEBURR' => ['WC-305', 5, 0.6],
            'GRIND' => ['WC-320', 20, 1.9],
            'INSPECT' => ['QC-900', 10, 1.2],
        ];

        public function expand(array $payload): WorkOrder
        {
            $order = new WorkOrder($payload['order_no'], $payload['part_no'], (int) $payload['quantity']);
            foreach ($payload['routing'] as $n => $step) {
                [$center, $setup, $run] = self::CENTERS[$step];
                $order->addOperation(new Operation(
                    ($n + 1) * 10,
                    $center,
                    sprintf('%s %s for %s, lot of %d: follow drawing rev C, record first-piece measurements in the traveler', $step, $payload['part_no'], $payload['order_no'], $payload['quantity']),
                    $setup,
                    $run,
                ));
            }

            return $order;
        }
    }

    final class ScheduleController
    {
        public function __construct(private RoutingExpander $expander)
        {
        }

        public function release(array $payload): string
        {
            $order = $this->expander->expand($payload);
            $rows = [];
            foreach ($order->operations as $op) {
                $rows[] = ['op' => $op->sequence, 'wc' => $op->workCenter, 'min' => $op->plannedMinutes(), 'wo' => $op->orderNo()];
            }

            return json_encode(['order' => $order->orderNo, 'operations' => $rows]);
        }
    }
}

namespace {
    use App\Mes\RoutingExpander;
    use App\Mes\ScheduleController;
    use Spiral\RoadRunner\Http\HttpWorker;

    $controller = new ScheduleController(new RoutingExpander());
    $worker = new HttpWorker((int) (getenv('PHPLEAK_N') ?: 100));

    while ($request = $worker->waitRequest()) {
        try {
            $worker->respond(200, $controller->release($request->parsed));
        } catch (\Throwable $e) {
            $worker->respond(500, $e->getMessage());
        }
    }
}
