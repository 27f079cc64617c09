<?php

declare(strict_types=1);

namespace Catalog;

use Closure;

class Product
{
    protected int $id;
    protected string $name = '';
    protected int $priceCents = 0;
    /** @var list<string> */
    protected array $images = [];

    public function __construct(int $id, string $name, int $priceCents, array $images)
    {
        $this->id = $id;
        $this->hydrate(['name' => $name, 'price' => $priceCents, 'images' => $images]);
    }

    public function id(): int
    {
        return $this->id;
    }

    public function name(): string
    {
        return $this->name;
    }

    public function priceCents(): int
    {
        return $this->priceCents;
    }

    /** @param array{name: string, price: int, images: list<string>} $row */
    protected function hydrate(array $row): void
    {
        $this->name = $row['name'];
        $this->priceCents = $row['price'];
        $this->images = $row['images'];
    }
}

interface ProductLoader
{
    /** @return array{name: string, price: int, images: list<string>} */
    public function load(int $id): array;
}

final class InMemoryProductLoader implements ProductLoader
{
    public int $queries = 0;

    public function load(int $id): array
    {
        $this->queries++;

        return [
            'name' => "Trail running shoe model {$id}",
            'price' => 8900 + $id % 500,
            'images' => ["https://cdn.example.com/p/{$id}/front.webp", "https://cdn.example.com/p/{$id}/side.webp"],
        ];
    }
}

/**
 * Ghost object: only the id is known until a getter other than id() is
 * called, then the row is fetched once.
 */
final class ProductGhost extends Product
{
    private ?Closure $initializer;
    private bool $initialized = false;

    public function __construct(int $id, ProductLoader $loader)
    {
        $this->id = $id;
        $this->initializer = $this->initializerFor($loader); // leak
    }

    public function name(): string
    {
        $this->initialize();

        return parent::name();
    }

    public function priceCents(): int
    {
        $this->initialize();

        return parent::priceCents();
    }

    public function isInitialized(): bool
    {
        return $this->initialized;
    }

    private function initialize(): void
    {
        if (!$this->initialized) {
            $this->initialized = true;
            ($this->initializer)();
        }
    }

    private function initializerFor(ProductLoader $loader): Closure
    {
        return function () use ($loader): void { // leak
            $this->hydrate($loader->load($this->id));
        };
    }
}
