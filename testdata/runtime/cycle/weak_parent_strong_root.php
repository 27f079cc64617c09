<?php
// Folder nodes hold their parent weakly, but every node also keeps a strong link to the tree root.

final class Folder
{
    private ?WeakReference $parent = null;
    private ?Folder $root = null;
    /** @var Folder[] */
    private array $children = [];

    public function __construct(public readonly string $name) {}

    public function mkdir(string $name): Folder
    {
        $child = new Folder($name);
        $child->parent = WeakReference::create($this);
        $child->root = $this->root ?? $this; // leak
        $this->children[$name] = $child; // leak
        return $child;
    }

    public function parent(): ?Folder
    {
        return $this->parent?->get();
    }
}

function listing(int $userId): int
{
    $home = new Folder('home-' . $userId . str_repeat('_', 100));
    $docs = $home->mkdir('documents-' . str_repeat('d', 300));
    return $docs->parent() === $home ? 1 : 0;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    listing($i);
}
