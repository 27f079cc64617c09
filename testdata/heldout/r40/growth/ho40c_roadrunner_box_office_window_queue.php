<?php

declare(strict_types=1);

/*
 * Walk-up box office on a RoadRunner HTTP worker. Each window terminal posts
 * a sale; the sale is queued behind the ones still waiting for the ticket
 * printer and the printer queue is worked through before the response goes
 * back, so the cashier sees every ticket that came out.
 */

namespace Spiral\RoadRunner\Http {
    final class Request
    {
        public function __construct(
            public readonly string $uri,
            public readonly array $headers,
            public readonly string $body,
        ) {
        }
    }

    final class PSR7WorkerStub
    {
        private int $served = 0;

        public function __construct(private int $limit, private \Closure $feed)
        {
        }

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->limit) {
                return null;
            }

            return ($this->feed)($this->served++);
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace App\BoxOffice {
    final class PendingSale
    {
        public bool $printed = false;

        /** @param list<string> $seats */
        public function __construct(
            public readonly string $reference,
            public readonly string $window,
            public readonly string $buyerName,
            public readonly array $seats,
            public readonly int $amountCents,
            public readonly string $paymentNote,
        ) {
        }
    }

    final class TicketPrinter
    {
        public int $printedTotal = 0;

        public function print(PendingSale $sale): string
        {
            $this->printedTotal += count($sale->seats);

            return $sale->reference . ':' . implode(',', $sale->seats);
        }
    }

    final class PrintQueue
    {
        private \SplQueue $queue;

        public function __construct(private TicketPrinter $printer)
        {
            $this->queue = new \SplQueue();
        }

        public function push(PendingSale $sale): void
        {
            $this->queue->enqueue($sale); // leak
        }

        /** @return list<string> */
        public function work(): array
        {
            $slips = [];
            foreach ($this->queue as $sale) {
                if ($sale->printed) {
                    continue;
                }
                $slips[] = $this->printer->print($sale);
                $sale->printed = true;
            }

            return $slips;
        }
    }

    final class WindowSaleHandler
    {
        public function __construct(private PrintQueue $queue)
        {
        }

        public function handle(\Spiral\RoadRunner\Http\Request $request): array
        {
            $data = json_decode($request->body, true, 8, JSON_THROW_ON_ERROR);
            $sale = new PendingSale(
                reference: sprintf('BO-%s-%s', $request->headers['x-window'], $data['nonce']),
                window: $request->headers['x-window'],
                buyerName: trim($data['buyer']),
                seats: $data['seats'],
                amountCents: (int) $data['amount'],
                paymentNote: (string) $data['note'],
            );
            $this->queue->push($sale);

            return $this->queue->work();
        }
    }
}

namespace {
    use App\BoxOffice\PrintQueue;
    use App\BoxOffice\TicketPrinter;
    use App\BoxOffice\WindowSaleHandler;
    use Spiral\RoadRunner\Http\PSR7WorkerStub;
    use Spiral\RoadRunner\Http\Request;

    $handler = new WindowSaleHandler(new PrintQueue(new TicketPrinter()));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7WorkerStub($n, static function (int $i): Request {
        $row = chr(65 + $i % 20);
        return new Request('/box-office/sale', ['x-window' => 'W' . ($i % 4 + 1)], json_encode([
            'nonce' => bin2hex(random_bytes(8)),
            'buyer' => ' Guest ' . bin2hex(random_bytes(5)) . ' ',
            'seats' => [$row . '-' . ($i % 30 + 1), $row . '-' . ($i % 30 + 2), $row . '-' . ($i % 30 + 3)],
            'amount' => 4500 * 3,
            'note' => 'card ending ' . random_int(1000, 9999) . ' auth ' . strtoupper(bin2hex(random_bytes(20))),
        ]));
    });

    while ($request = $worker->waitRequest()) {
        $slips = $handler->handle($request);
        $worker->respond(200, json_encode(['printed' => $slips]));
    }
}
