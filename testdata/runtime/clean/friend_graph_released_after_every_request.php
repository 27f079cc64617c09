<?php
// Friend suggestions build a small graph per request: the user and their
// friends, linked both ways. The service unlinks every graph once it has
// ranked the suggestions, in a finally block: the nodes are freed by
// refcounting when the request ends, whatever their number.

final class PersonNode
{
    /** @var array<string, PersonNode> */
    private array $friends = [];

    public function __construct(public readonly string $id, public readonly string $bio)
    {
    }

    public function befriend(PersonNode $other): void
    {
        $this->friends[$other->id] = $other;
        $other->friends[$this->id] = $this;
    }

    public function unlinkAll(): void
    {
        $this->friends = [];
    }

    public function degree(): int
    {
        return count($this->friends);
    }
}

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

    public function release(): void
    {
        foreach ($this->nodes as $node) {
            $node->unlinkAll();
        }
        $this->nodes = [];
    }
}

final class SuggestionService
{
    public function suggest(string $userId, int $friends): int
    {
        $graph = new EgoGraph(new PersonNode($userId, str_repeat('climbing ', 8)));
        for ($f = 0; $f < $friends; $f++) {
            $graph->add(new PersonNode($userId . '-f' . $f, str_repeat('chess ', 8)));
        }
        try {
            return $graph->ego->degree();
        } finally {
            $graph->release();
        }
    }
}

$service = new SuggestionService();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $service->suggest(sprintf('u%06d', $i), 3 + $i % 4);
}
