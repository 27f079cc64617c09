<?php
// A tree is built with parent pointers and explicitly dismantled before the function returns.

final class Node
{
    public ?Node $parent = null;
    /** @var Node[] */
    public array $children = [];

    public function __construct(public string $name, public string $payload) {}

    public function append(Node $child): void
    {
        $child->parent = $this;
        $this->children[] = $child;
    }

    public function dismantle(): void
    {
        foreach ($this->children as $child) {
            $child->dismantle();
            $child->parent = null;
        }
        $this->children = [];
    }
}

function countLeaves(int $seed): int
{
    $root = new Node('root', str_repeat('r', 100));
    for ($k = 0; $k < 3; $k++) {
        $branch = new Node("branch{$k}", str_repeat('b', 100) . $seed);
        $root->append($branch);
        $branch->append(new Node("leaf{$k}", str_repeat('l', 100)));
    }
    $leaves = 0;
    foreach ($root->children as $branch) {
        $leaves += count($branch->children);
    }
    $root->dismantle();
    return $leaves;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    countLeaves($i);
}
