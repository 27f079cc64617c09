<?php
// A routing job builds each trip plan's legs with a factory that picks
// the leg class from a map of kinds, falling back to walking for a kind
// it does not know. Every leg keeps the plan it belongs to, and the plan
// keeps its legs: each job leaves a plan and its legs in a cycle.

abstract class Leg
{
    public function __construct(protected TripPlan $plan, public readonly string $from, public readonly string $to) // leak
    {
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
        $this->legs[] = $this->factory->create($kind, $this, $from, $to); // leak
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
