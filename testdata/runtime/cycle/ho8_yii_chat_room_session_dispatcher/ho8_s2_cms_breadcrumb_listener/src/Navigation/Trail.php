<?php
namespace App\Navigation;

final class Crumb
{
    public function __construct(
        private Trail $trail, // leak
        public readonly string $label,
        public readonly string $url,
    ) {}

    public function isCurrent(): bool
    {
        return $this->trail->last() === $this;
    }
}

final class Trail
{
    /** @var list<Crumb> */
    private array $crumbs = [];

    public function add(string $label, string $url): Crumb
    {
        return $this->crumbs[] = new Crumb($this, $label, $url); // leak
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
