<?php
// Friend suggestions build a small graph per request: the user and their
// friends, linked both ways. The service unlinks the graph only when it
// is large (over 50 nodes), to spare the cycle collector big graphs; the
// graphs it builds have a few nodes, so each request leaves its linked
// nodes to the cycle collector.

final class PersonNode
{
    /** @var array<string, PersonNode> */
    private array $friends = [];

    public function __construct(public readonly string $id, public readonly string $bio)
    {
    }

    public function befriend(PersonNode $other): void
    {
        $this->friends[$other->id] = $other; // leak
        $other->friends[$this->id] = $this; // leak
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
    private const EAGER_RELEASE_NODES = 50;

    public function suggest(string $userId, int $friends): int
    {
        $graph = new EgoGraph(new PersonNode($userId, str_repeat('climbing ', 8)));
        for ($f = 0; $f < $friends; $f++) {
            $graph->add(new PersonNode($userId . '-f' . $f, str_repeat('chess ', 8)));
        }
        $score = $graph->ego->degree();
        if ($graph->size() > self::EAGER_RELEASE_NODES) {
            $graph->release();
        }

        return $score;
    }
}

$service = new SuggestionService();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $service->suggest(sprintf('u%06d', $i), 3 + $i % 4);
}
