<?php

namespace Social\Graph;

final class PersonNode
{
    /** @var array<string, PersonNode> */
    private array $friends = [];

    /** @param list<string> $friendIds ids from the adjacency table, loaded or not */
    public function __construct(
        public readonly string $id,
        public readonly string $displayName,
        public readonly array $friendIds,
        public readonly array $interests,
    ) {
    }

    public function befriend(PersonNode $other): void
    {
        $this->friends[$other->id] = $other; // leak
        $other->friends[$this->id] = $this; // leak
    }

    /** @return array<string, PersonNode> */
    public function friends(): array
    {
        return $this->friends;
    }

    public function unlinkAll(): void
    {
        $this->friends = [];
    }
}
