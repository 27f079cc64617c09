<?php

declare(strict_types=1);

namespace Port\Planning;

final class VesselCall
{
    private \SplObjectStorage $assignments;

    public function __construct(
        public readonly int $imo,
        public readonly string $name,
        public readonly string $voyage,
        public readonly int $lengthOverall,
        public readonly int $eta,
        public readonly int $moves,
        public readonly string $notes,
    ) {
        $this->assignments = new \SplObjectStorage();
    }

    public static function fromPayload(array $p): self
    {
        return new self(
            $p['call']['imo'],
            $p['call']['name'],
            $p['call']['voyage'],
            $p['call']['loa_m'],
            $p['call']['eta'],
            $p['moves']['discharge'] + $p['moves']['load'] + $p['moves']['restows'],
            $p['notes'],
        );
    }

    public function assign(string $berth, int $from, int $to, string $side): BerthAssignment
    {
        // the assignment copies what it shows of the call, no link back to it
        $assignment = new BerthAssignment($this->name, $this->lengthOverall, $berth, $from, $to, $side);
        $this->assignments->attach($assignment);

        return $assignment;
    }

    /** @return iterable<BerthAssignment> */
    public function assignments(): iterable
    {
        return $this->assignments;
    }
}
