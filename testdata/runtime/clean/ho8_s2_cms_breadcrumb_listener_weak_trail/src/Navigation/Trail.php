<?php
namespace App\Navigation;

final class Crumb
{
    /** @var \WeakReference<Trail> */
    private \WeakReference $trail;

    public function __construct(Trail $trail, public readonly string $label, public readonly string $url)
    {
        $this->trail = \WeakReference::create($trail);
    }

    public function isCurrent(): bool
    {
        return $this->trail->get()?->last() === $this;
    }
}

final class Trail
{
    /** @var list<Crumb> */
    private array $crumbs = [];

    public function add(string $label, string $url): Crumb
    {
        return $this->crumbs[] = new Crumb($this, $label, $url);
    }

    public function last(): ?Crumb
    {
        return $this->crumbs[\count($this->crumbs) - 1] ?? null;
    }

    /** @return list<Crumb> */
    public function all(): array
    {
        return $this->crumbs;
    }
}
