<?php
declare(strict_types=1);

namespace Gridline\Rating;

/*
 * RoadRunner HTTP worker that rates interval reads posted by the head-end
 * system: each request carries one meter's 15-minute read and the worker
 * answers with the priced amount for the time-of-use band it falls in.
 */

enum Season: string
{
    case Summer = 'summer';
    case Winter = 'winter';
    case Shoulder = 'shoulder';

    public static function forMonth(int $month): self
    {
        return match (true) {
            $month >= 6 && $month <= 9 => self::Summer,
            $month === 12 || $month <= 2 => self::Winter,
            default => self::Shoulder,
        };
    }
}

final class TouBand
{
    public function __construct(
        public readonly string $tariffCode,
        public readonly string $band,
        public readonly Season $season,
        public readonly float $ratePerKwh,
        public readonly string $disclosure,
    ) {
    }
}

final class TariffBook
{
    /** @var array<string, array{base: float, disclosure: string}> */
    private array $plans;

    public function __construct()
    {
        $text = 'Rates approved by the Public Utility Commission under docket 24-0117. '
            . 'Time-of-use periods follow local prevailing time. Delivery, transmission and '
            . 'public purpose program charges are billed separately on the monthly statement. '
            . 'Customers may change plans once in any twelve-month period without a fee.';
        $this->plans = [
            'RES-TOU-A' => ['base' => 0.1412, 'disclosure' => $text],
            'RES-TOU-B' => ['base' => 0.1378, 'disclosure' => $text],
            'SMB-TOU-1' => ['base' => 0.1220, 'disclosure' => $text],
        ];
    }

    public function plan(string $code): array
    {
        return $this->plans[$code] ?? $this->plans['RES-TOU-A'];
    }
}

trait MemoizesBandLookups
{
    /** @var array<string, TouBand> */
    private static array $bandCache = [];

    private function cachedBand(string $key, \Closure $resolve): TouBand
    {
        if (isset(self::$bandCache[$key])) {
            return self::$bandCache[$key];
        }
        $band = $resolve();
        self::$bandCache[$key] = $band; // leak

        return $band;
    }
}

final class TouBandResolver
{
    use MemoizesBandLookups;

    public function __construct(private readonly TariffBook $book)
    {
    }

    public function resolve(string $tariffCode, \DateTimeImmutable $intervalStart): TouBand
    {
        return $this->cachedBand(
            self::lookupKey($tariffCode, $intervalStart),
            fn (): TouBand => $this->build($tariffCode, $intervalStart),
        );
    }

    private static function lookupKey(string $tariffCode, \DateTimeImmutable $at): string
    {
        // one entry per tariff and interval start the request carries
        return sprintf('%s@%s', $tariffCode, $at->format('Y-m-d\TH:i'));
    }

    private function build(string $tariffCode, \DateTimeImmutable $at): TouBand
    {
        $plan = $this->book->plan($tariffCode);
        $season = Season::forMonth((int) $at->format('n'));
        $hour = (int) $at->format('G');
        $band = match (true) {
            $hour >= 16 && $hour < 21 => 'on-peak',
            $hour >= 7 && $hour < 16 => 'mid-peak',
            default => 'off-peak',
        };
        $multiplier = ['on-peak' => 2.1, 'mid-peak' => 1.35, 'off-peak' => 0.82][$band]
            * ($season === Season::Summer ? 1.18 : 1.0);

        return new TouBand(
            $tariffCode,
            $band,
            $season,
            round($plan['base'] * $multiplier, 5),
            $plan['disclosure'] . ' Band: ' . $band . ' (' . $season->value . ').',
        );
    }
}

final class IntervalRatingHandler
{
    public function __construct(private readonly TouBandResolver $resolver)
    {
    }

    /** @param array{meter: string, tariff: string, start: string, kwh: float} $read */
    public function handle(array $read): array
    {
        $start = new \DateTimeImmutable($read['start'], new \DateTimeZone('America/Denver'));
        $band = $this->resolver->resolve($read['tariff'], $start);

        return [
            'meter' => $read['meter'],
            'band' => $band->band,
            'amount' => round($read['kwh'] * $band->ratePerKwh, 4),
        ];
    }
}

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker: yields decoded request bodies. */
final class PsrWorker
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $start = 1704067200 + $i * 86400 * 2 + ($i * 5 % 24) * 3600 + ($i % 4) * 900;

        return [
            'meter' => sprintf('MTR-%07d', 40000 + $i * 13 % 9000),
            'tariff' => ['RES-TOU-A', 'RES-TOU-B', 'SMB-TOU-1'][$i % 3],
            'start' => gmdate('Y-m-d\TH:i:s\Z', $start),
            'kwh' => round(0.2 + ($i % 17) * 0.031, 3),
        ];
    }

    public function respond(int $status, string $body): void
    {
    }
}

$handler = new IntervalRatingHandler(new TouBandResolver(new TariffBook()));
$worker = new PsrWorker((int) (getenv('PHPLEAK_N') ?: 100));

while (($read = $worker->waitRequest()) !== null) {
    $worker->respond(200, json_encode($handler->handle($read)));
}
