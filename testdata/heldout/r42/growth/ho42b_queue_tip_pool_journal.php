<?php

declare(strict_types=1);

/*
 * `php artisan queue:work tips` style consumer: every closed check with a
 * card tip becomes a SplitTipJob that divides the tip across the shift's
 * tip pool by points, and hands the allocation to the payroll export.
 */

final class TipEvent
{
    public function __construct(
        public readonly string $orderId,
        public readonly int $tipCents,
        public readonly string $method,
        public readonly string $paidAt,
    ) {
    }

    public static function fromPayload(array $data): self
    {
        return new self((string) $data['order_id'], (int) $data['tip_cents'], (string) $data['tender'], (string) $data['paid_at']);
    }
}

final class TipSplitFactory
{
    /**
     * @param array<string, array{role: string, points: int}> $shares
     * @param list<string> $journal receives the shift header row
     */
    public static function forShift(string $shiftId, array $shares, array &$journal): Closure
    {
        $journal[] = sprintf('# shift %s opened, %d in pool, %d points', $shiftId, count($shares), array_sum(array_column($shares, 'points')));

        return static function (TipEvent $tip) use ($shares, &$journal): array {
            $alloc = self::allocate($tip->tipCents, $shares);
            foreach ($alloc as $staffId => $cents) {
                $journal[] = sprintf( // leak
                    '%s;%s;%s;%s;%d;%s;pool',
                    $tip->paidAt,
                    $tip->orderId,
                    $staffId,
                    $shares[$staffId]['role'],
                    $cents,
                    $tip->method,
                );
            }

            return ['alloc' => $alloc, 'lines' => array_slice($journal, -count($alloc))];
        };
    }

    /**
     * Largest-remainder split so the pennies add up to the tip.
     *
     * @param array<string, array{role: string, points: int}> $shares
     * @return array<string, int>
     */
    private static function allocate(int $tipCents, array $shares): array
    {
        $points = array_sum(array_column($shares, 'points'));
        $alloc = [];
        $remainders = [];
        foreach ($shares as $staffId => $share) {
            $exact = $tipCents * $share['points'] / $points;
            $alloc[$staffId] = (int) floor($exact);
            $remainders[$staffId] = $exact - $alloc[$staffId];
        }
        arsort($remainders);
        $left = $tipCents - array_sum($alloc);
        foreach (array_keys($remainders) as $staffId) {
            if ($left-- <= 0) {
                break;
            }
            $alloc[$staffId]++;
        }

        return $alloc;
    }
}

final class PayrollExport
{
    private int $rows = 0;
    private string $digest = '';

    /** @param list<string> $lines */
    public function push(string $orderId, array $lines): void
    {
        $this->rows += count($lines);
        $this->digest = hash('crc32b', $this->digest . $orderId . implode("\n", $lines));
    }
}

final class SplitTipJob
{
    public function __construct(private readonly array $payload)
    {
    }

    public function handle(Closure $splitTip, PayrollExport $export): void
    {
        $tip = TipEvent::fromPayload($this->payload);
        if ($tip->tipCents <= 0) {
            return;
        }
        $result = $splitTip($tip);
        $export->push($tip->orderId, $result['lines']);
    }
}

/** Stand-in for the queue connection + Illuminate\Queue\Worker::daemon(). */
final class QueueWorker
{
    private int $popped = 0;

    public function __construct(private readonly int $maxJobs, private readonly array $services)
    {
    }

    private function pop(): ?string
    {
        if ($this->popped >= $this->maxJobs) {
            return null;
        }
        $n = ++$this->popped;

        return json_encode([
            'job' => SplitTipJob::class,
            'data' => [
                'order_id' => sprintf('ORD-%d-%04d', 20240600 + intdiv($n, 500), $n % 10000),
                'tip_cents' => 150 + ($n * 37) % 900,
                'tender' => ['visa', 'mastercard', 'amex', 'apple_pay'][$n % 4],
                'paid_at' => date('Y-m-d\TH:i:s', 1717250000 + $n * 53),
            ],
            'attempts' => 0,
        ]);
    }

    public function daemon(): void
    {
        while (($raw = $this->pop()) !== null) {
            $message = json_decode($raw, true);
            $job = new ($message['job'])($message['data']);
            $job->handle($this->services['tips.splitter'], $this->services['payroll.export']);
        }
    }
}

// bootstrap: the shift's tip pool is loaded once when the worker starts
$pool = [
    'emp-1041' => ['role' => 'server', 'points' => 10],
    'emp-1077' => ['role' => 'server', 'points' => 10],
    'emp-1102' => ['role' => 'bartender', 'points' => 8],
    'emp-0988' => ['role' => 'busser', 'points' => 5],
    'emp-1130' => ['role' => 'runner', 'points' => 5],
    'emp-0903' => ['role' => 'host', 'points' => 3],
];
$shiftJournal = [];
$services = [
    'tips.splitter' => TipSplitFactory::forShift('2024-06-01-PM', $pool, $shiftJournal),
    'payroll.export' => new PayrollExport(),
];

(new QueueWorker((int) (getenv('PHPLEAK_N') ?: 100), $services))->daemon();
