<?php

namespace Social\Graph;

/** The user plus their first-degree friends, linked both ways. */
final class EgoGraph
{
    /** @var array<string, PersonNode> */
    private array $nodes = [];

    public function __construct(public readonly PersonNode $ego)
    {
        $this->nodes[$ego->id] = $ego;
    }

    public function add(PersonNode $friend): void
    {
        $this->nodes[$friend->id] = $friend;
        $this->ego->befriend($friend);
    }

    public function size(): int
    {
        return count($this->nodes);
    }

    /** Break the friend links so the nodes free without the cycle collector. */
    public function release(): void
    {
        foreach ($this->nodes as $node) {
            $node->unlinkAll();
        }
        $this->nodes = [];
    }
}
