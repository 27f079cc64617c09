<?php

declare(strict_types=1);

// --- symfony/messenger + symfony/contracts stand-ins ----------------------

interface ResetInterface
{
    public function reset(): void;
}

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        return $this->handlers[$envelope->message::class] ?? [];
    }
}

final class MessageBus
{
    public function __construct(private readonly HandlersLocator $locator)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $handler($envelope->message);
        }

        return $envelope;
    }
}

final class ServicesResetter implements ResetInterface
{
    /** @param iterable<ResetInterface> $resettableServices */
    public function __construct(private readonly iterable $resettableServices)
    {
    }

    public function reset(): void
    {
        foreach ($this->resettableServices as $service) {
            $service->reset();
        }
    }
}

final class InMemoryReceiver
{
    private int $delivered = 0;

    public function __construct(private readonly int $limit, private readonly Closure $producer)
    {
    }

    public function get(): ?Envelope
    {
        if ($this->delivered >= $this->limit) {
            return null;
        }

        return new Envelope(($this->producer)($this->delivered++), ['transport' => 'anticheat']);
    }
}

final class Worker
{
    public function __construct(
        private readonly InMemoryReceiver $receiver,
        private readonly MessageBus $bus,
        private readonly ServicesResetter $resetter,
    ) {
    }

    public function run(): void
    {
        while (($envelope = $this->receiver->get()) !== null) {
            $this->bus->dispatch($envelope);
            // WorkerMessageHandledEvent -> ResetServicesListener
            $this->resetter->reset();
        }
    }
}

// --- anti-cheat application ----------------------------------------------

final class SuspicionReport
{
    /** @param list<array{tick:int, pos:list<float>, vel:float, yaw:float}> $samples */
    public function __construct(
        public readonly string $matchId,
        public readonly string $playerId,
        public readonly string $clientBuild,
        public readonly array $samples,
    ) {
    }
}

final class Verdict
{
    public function __construct(public readonly string $detector, public readonly string $playerId, public readonly int $strikes)
    {
    }
}

/**
 * Per-report scratchpad of strikes: emptied by the services resetter after
 * every handled message.
 */
trait RemembersStrikes
{
    /** @var array<string, list<array<string, string|int|float>>> */
    private static array $strikes = [];

    protected static function strike(string $key, array $evidence): int
    {
        self::$strikes[$key][] = $evidence; // leak

        return count(self::$strikes[$key]);
    }

    public static function forgetStrikes(): void
    {
        self::$strikes = [];
    }
}

abstract class Detector implements ResetInterface
{
    use RemembersStrikes;

    protected const STRIKES_FOR_VERDICT = 3;

    abstract public function inspect(SuspicionReport $report): ?Verdict;

    public function reset(): void
    {
        self::forgetStrikes();
    }

    protected static function strikeKey(SuspicionReport $report): string
    {
        return "{$report->matchId}:{$report->playerId}";
    }
}

final class SpeedHackDetector extends Detector
{
    use RemembersStrikes;

    public function __construct(private readonly float $maxVelocity)
    {
    }

    public function inspect(SuspicionReport $report): ?Verdict
    {
        $strikes = 0;
        foreach ($report->samples as $sample) {
            if ($sample['vel'] <= $this->maxVelocity) {
                continue;
            }
            $strikes = self::strike(self::strikeKey($report), [
                'tick' => $sample['tick'],
                'vel' => $sample['vel'],
                'pos' => vsprintf('%.2f,%.2f,%.2f', $sample['pos']),
                'build' => $report->clientBuild,
                'note' => sprintf('velocity %.1f over cap %.1f at tick %d', $sample['vel'], $this->maxVelocity, $sample['tick']),
            ]);
        }

        return $strikes >= self::STRIKES_FOR_VERDICT ? new Verdict('speed', $report->playerId, $strikes) : null;
    }
}

final class AimSnapDetector extends Detector
{
    public function inspect(SuspicionReport $report): ?Verdict
    {
        $strikes = 0;
        $previousYaw = null;
        foreach ($report->samples as $sample) {
            if ($previousYaw !== null && abs($sample['yaw'] - $previousYaw) > 170.0) {
                $strikes = self::strike(self::strikeKey($report), ['tick' => $sample['tick'], 'yaw' => $sample['yaw']]);
            }
            $previousYaw = $sample['yaw'];
        }

        return $strikes >= self::STRIKES_FOR_VERDICT ? new Verdict('aim', $report->playerId, $strikes) : null;
    }
}

final class ReviewQueue
{
    /** @var array<string, int> verdicts per detector */
    private array $pending = ['speed' => 0, 'aim' => 0];

    public function submit(Verdict $verdict): void
    {
        $this->pending[$verdict->detector]++;
    }
}

final class SuspicionReportHandler
{
    /** @param list<Detector> $detectors */
    public function __construct(private readonly array $detectors, private readonly ReviewQueue $review)
    {
    }

    public function __invoke(SuspicionReport $report): void
    {
        foreach ($this->detectors as $detector) {
            $verdict = $detector->inspect($report);
            if ($verdict !== null) {
                $this->review->submit($verdict);
            }
        }
    }
}

// --- worker boot (messenger:consume anticheat) ---------------------------

$speed = new SpeedHackDetector(320.0);
$aim = new AimSnapDetector();
$handler = new SuspicionReportHandler([$speed, $aim], new ReviewQueue());
$bus = new MessageBus(new HandlersLocator([SuspicionReport::class => [$handler]]));
$resetter = new ServicesResetter([$speed, $aim]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$receiver = new InMemoryReceiver($n, static function (int $i): SuspicionReport {
    $samples = [];
    for ($s = 0; $s < 6; $s++) {
        $samples[] = [
            'tick' => $i * 64 + $s,
            'pos' => [($i % 500) + $s * 1.5, ($i * 7 % 300) + 0.25, 64.0],
            'vel' => 250.0 + (($i + $s) % 4) * 40.0,
            'yaw' => (($i * 31 + $s * 97) % 360) - 180.0,
        ];
    }

    return new SuspicionReport(
        sprintf('match-%06d', 4000 + intdiv($i, 10)),
        sprintf('76561198%09d', 1000 + $i % 10),
        '1.14.' . ($i % 3) . '-win64',
        $samples,
    );
});

(new Worker($receiver, $bus, $resetter))->run();
