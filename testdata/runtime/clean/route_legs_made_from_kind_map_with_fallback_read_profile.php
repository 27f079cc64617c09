<?php
// A routing job builds each trip plan's legs with a factory that picks
// the leg class from a map of kinds, falling back to walking for a kind
// it does not know. A leg reads what it needs from the plan (its
// profile) and does not keep it, so the plan and its legs go with the
// job.

abstract class Leg
{
    protected string $profile;

    public function __construct(TripPlan $plan, public readonly string $from, public readonly string $to)
    {
        $this->profile = $plan->profile;
    }

    abstract public function minutes(): int;
}

final class DriveLeg extends Leg
{
    public function minutes(): int
    {
        return 12;
    }
}

final class FerryLeg extends Leg
{
    public function minutes(): int
    {
        return 45;
    }
}

final class WalkLeg extends Leg
{
    public function minutes(): int
    {
        return 20;
    }
}

final class LegFactory
{
    private const KINDS = ['drive' => DriveLeg::class, 'ferry' => FerryLeg::class];

    public function create(string $kind, TripPlan $plan, string $from, string $to): Leg
    {
        $class = self::KINDS[$kind] ?? WalkLeg::class;

        return new $class($plan, $from, $to);
    }
}

final class TripPlan
{
    /** @var list<Leg> */
    private array $legs = [];

    public function __construct(public readonly string $profile, public readonly string $notes, private readonly LegFactory $factory)
    {
    }

    public function addLeg(string $kind, string $from, string $to): void
    {
        $this->legs[] = $this->factory->create($kind, $this, $from, $to);
    }

    public function minutes(): int
    {
        return array_sum(array_map(static fn (Leg $l): int => $l->minutes(), $this->legs));
    }
}

$factory = new LegFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $plan = new TripPlan('car', str_repeat('n', 200), $factory);
    $plan->addLeg('drive', 'depot', 'pier');
    $plan->addLeg(['ferry', 'tram'][$i % 2], 'pier', 'island');
    $plan->minutes();
}
