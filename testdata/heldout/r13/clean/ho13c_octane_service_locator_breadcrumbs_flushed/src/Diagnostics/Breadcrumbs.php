<?php

declare(strict_types=1);

namespace App\Diagnostics;

final class Breadcrumb
{
    public function __construct(
        public readonly string $category,
        public readonly string $message,
        public readonly array $data,
        public readonly float $at,
    ) {
    }
}

/** Trail attached to error reports: what happened before the exception. */
final class Breadcrumbs
{
    /** @var list<Breadcrumb> */
    private array $items = [];

    public function __construct(private readonly string $release)
    {
    }

    public function push(string $category, string $message, array $data = []): void
    {
        $this->items[] = new Breadcrumb($category, $message, $data + ['release' => $this->release], microtime(true));
    }

    /** @return list<Breadcrumb> */
    public function all(): array
    {
        return $this->items;
    }
}
