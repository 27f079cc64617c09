<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    /**
     * Stand-in for the RoadRunner PSR-7 worker: waitRequest() blocks on the
     * relay until the next request arrives, respond() writes it back.
     */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private readonly int $limit, private readonly \Closure $relay)
        {
        }

        public function waitRequest(): ?array
        {
            if ($this->served >= $this->limit) {
                return null;
            }

            return ($this->relay)($this->served++);
        }

        public function respond(int $status, string $body): void
        {
            $this->lastStatus = $status;
            $this->lastLength = strlen($body);
        }

        public int $lastStatus = 0;
        public int $lastLength = 0;
    }
}

namespace App\Harvest {

    final class Crate
    {
        private ?\WeakReference $lot = null;

        public function __construct(
            public readonly string $barcode,
            public readonly float $grossKg,
            public readonly float $tareKg,
            public readonly string $grade,
        ) {
        }

        public function withinLot(HarvestLot $lot): static
        {
            $this->lot = \WeakReference::create($lot);

            return $this;
        }

        public function lot(): ?HarvestLot
        {
            return $this->lot?->get();
        }

        public function netKg(): float
        {
            return $this->grossKg - $this->tareKg;
        }

        public function traceCode(): string
        {
            return ($this->lot()?->code ?? 'UNASSIGNED') . '/' . $this->barcode;
        }
    }

    final class CrateCollection implements \Countable, \IteratorAggregate
    {
        /** @var list<Crate> */
        private array $items = [];

        public function add(Crate $crate): void
        {
            $this->items[] = $crate;
        }

        public function count(): int
        {
            return count($this->items);
        }

        public function getIterator(): \ArrayIterator
        {
            return new \ArrayIterator($this->items);
        }
    }

    final class HarvestLot
    {
        public readonly CrateCollection $crates;

        public function __construct(
            public readonly string $code,
            public readonly string $field,
            public readonly string $crop,
            public readonly string $pickedAt,
            public readonly string $crewLead,
        ) {
            $this->crates = new CrateCollection();
        }

        public function addCrate(Crate $crate): void
        {
            $this->crates->add($crate->withinLot($this));
        }

        public function netWeight(): float
        {
            $total = 0.0;
            foreach ($this->crates as $crate) {
                $total += $crate->netKg();
            }

            return round($total, 2);
        }
    }

    final class LotIntakeService
    {
        private const TARE = ['RPC-6419' => 1.35, 'RPC-6425' => 1.62, 'BIN-1210' => 38.0];

        private int $received = 0;

        public function receive(array $payload): HarvestLot
        {
            $lot = new HarvestLot(
                $payload['lot_code'],
                $payload['field'],
                $payload['crop'],
                $payload['picked_at'],
                $payload['crew_lead'],
            );

            foreach ($payload['crates'] as $row) {
                $lot->addCrate(new Crate(
                    $row['barcode'],
                    (float) $row['gross_kg'],
                    self::TARE[$row['container']] ?? 0.0,
                    $row['grade'],
                ));
            }

            $this->received++;

            return $lot;
        }

        public function summarize(HarvestLot $lot): array
        {
            $trace = [];
            foreach ($lot->crates as $crate) {
                $trace[] = $crate->traceCode();
            }

            return [
                'lot' => $lot->code,
                'field' => $lot->field,
                'crop' => $lot->crop,
                'crates' => count($lot->crates),
                'net_kg' => $lot->netWeight(),
                'trace' => $trace,
            ];
        }
    }
}

namespace {
    use App\Harvest\LotIntakeService;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $fields = ['F-07 North Block', 'F-12 River Flat', 'F-03 Orchard Row'];
    $crops = ['romaine', 'broccoli', 'honeycrisp'];
    $containers = ['RPC-6419', 'RPC-6425', 'BIN-1210'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7Worker($n, static function (int $seq) use ($fields, $crops, $containers): array {
        $crates = [];
        for ($c = 0; $c < 3; $c++) {
            $crates[] = [
                'barcode' => sprintf('CR%08d', $seq * 3 + $c),
                'gross_kg' => 9.8 + (($seq + $c) % 11) / 4,
                'container' => $containers[($seq + $c) % 3],
                'grade' => $c === 2 ? 'B' : 'A',
            ];
        }

        return [
            'lot_code' => sprintf('LOT-%s-%05d', date('ymd', 1718000000 + $seq * 600), $seq),
            'field' => $fields[$seq % 3],
            'crop' => $crops[$seq % 3],
            'picked_at' => date(DATE_ATOM, 1718000000 + $seq * 600),
            'crew_lead' => 'crew-' . ($seq % 9),
            'crates' => $crates,
        ];
    });

    $intake = new LotIntakeService();

    while ($payload = $worker->waitRequest()) {
        $lot = $intake->receive($payload);
        $worker->respond(201, json_encode($intake->summarize($lot)));
    }
}
