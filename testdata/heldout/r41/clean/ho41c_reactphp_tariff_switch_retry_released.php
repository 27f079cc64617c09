<?php

declare(strict_types=1);

// ReactPHP daemon that forwards customer tariff switches to the supplier
// switching hub. The hub answers "busy" under load, so every switch gets a
// small retry chain scheduled on the loop.

/** Stand-in for React\EventLoop\Loop: ticks and zero-delay timers, drained in order. */
final class EventLoop
{
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public function futureTick(callable $callback): void
    {
        $this->ticks->enqueue($callback);
    }

    public function addTimer(float $interval, callable $callback): void
    {
        $this->ticks->enqueue($callback);
    }

    public function run(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

final class Deferred
{
    private ?string $outcome = null;

    public function resolve(string $value): void
    {
        $this->outcome = 'ok:' . $value;
    }

    public function reject(string $reason): void
    {
        $this->outcome = 'err:' . $reason;
    }
}

final class TariffSwitchOrder
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $ean,
        public readonly string $fromTariff,
        public readonly string $toTariff,
        public readonly string $effectiveDate,
        public readonly string $ediMessage,
    ) {
    }
}

final class SwitchingHubGateway
{
    private int $calls = 0;

    public function submit(TariffSwitchOrder $order, int $try): string
    {
        $this->calls++;
        $h = crc32($order->orderId);
        if ($h % 10 === 0) {
            return 'rejected';
        }
        if ($h % 3 === 0 && $try < 3) {
            return 'busy';
        }

        return 'accepted';
    }
}

final class SwitchRegister
{
    private int $confirmed = 0;
    private string $lastEan = '';

    public function confirm(TariffSwitchOrder $order): void
    {
        $this->confirmed++;
        $this->lastEan = $order->ean;
    }
}

final class TariffSwitchService
{
    private const MAX_TRIES = 4;

    public function __construct(
        private EventLoop $loop,
        private SwitchingHubGateway $gateway,
        private SwitchRegister $register,
    ) {
    }

    public function submit(TariffSwitchOrder $order): Deferred
    {
        $deferred = new Deferred();

        $attempt = function (int $try) use (&$attempt, $order, $deferred): void {
            $status = $this->gateway->submit($order, $try);

            if ($status === 'busy' && $try < self::MAX_TRIES) {
                $this->loop->addTimer(0.25 * $try, fn () => $attempt($try + 1));

                return;
            }

            // Terminal answer: drop the retry chain before settling.
            $attempt = null;

            if ($status !== 'accepted') {
                $deferred->reject(sprintf('%s after %d tries', $status, $try));

                return;
            }

            $this->register->confirm($order);
            $deferred->resolve($order->orderId);
        };

        $this->loop->futureTick(fn () => $attempt(1));

        return $deferred;
    }
}

/** Pulls the next switch request off the intake stream, one per loop tick. */
final class SwitchIntake
{
    private int $seen = 0;

    public function __construct(
        private EventLoop $loop,
        private TariffSwitchService $service,
        private int $limit,
    ) {
    }

    public function tick(): void
    {
        if ($this->seen >= $this->limit) {
            return;
        }
        $i = $this->seen++;
        $tariffs = ['FIX-1Y', 'FIX-3Y', 'VAR-DYN', 'TOU-EV', 'GREEN-FIX'];
        $ean = sprintf('8716%014d', 900000 + $i * 17);
        $orderId = sprintf('SW-%s-%06d', date('Ymd', 1717200000 + $i * 300), $i);
        $effective = date('Y-m-d', 1717200000 + 86400 * (14 + $i % 30));
        $edi = implode("'\n", [
            "UNH+{$orderId}+UTILMD:D:11A:UN:S2.1",
            'BGM+E03+' . $orderId . '+9',
            'DTM+137:' . date('YmdHi', 1717200000 + $i * 300) . ':203',
            'DTM+92:' . str_replace('-', '', $effective) . ':102',
            'NAD+MS+8712423010208::9',
            'NAD+MR+8716867000030::9',
            'IDE+24+' . $orderId . 'T',
            'LOC+172+' . $ean,
            'STS+7++E01',
            'CCI+++Z30',
            'CAV+' . $tariffs[$i % 5],
            'NAD+UD++' . sprintf('Customer %05d', $i) . '+Kanaalweg ' . (1 + $i % 200) . '+Utrecht++3526KL+NL',
            'UNT+13+' . $orderId,
        ]);

        $this->service->submit(new TariffSwitchOrder($orderId, $ean, $tariffs[($i + 1) % 5], $tariffs[$i % 5], $effective, $edi));
        $this->loop->futureTick([$this, 'tick']);
    }
}

// ---- boot ---------------------------------------------------------------
$loop = new EventLoop();
$service = new TariffSwitchService($loop, new SwitchingHubGateway(), new SwitchRegister());
$intake = new SwitchIntake($loop, $service, (int) (getenv('PHPLEAK_N') ?: 100));

$loop->futureTick([$intake, 'tick']);
$loop->run();
