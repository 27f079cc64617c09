<?php
// A long-lived ORM unit of work keeps each loaded entity's original data in a WeakMap; entities die with the request.

final class Product
{
    public function __construct(public int $id, public string $name, public string $description) {}
}

final class UnitOfWork
{
    private WeakMap $originals;

    public function __construct()
    {
        $this->originals = new WeakMap();
    }

    public function registerLoaded(object $entity): void
    {
        $this->originals[$entity] = get_object_vars($entity);
    }

    public function isDirty(object $entity): bool
    {
        return ($this->originals[$entity] ?? null) !== get_object_vars($entity);
    }
}

final class ProductRepository
{
    public function __construct(private UnitOfWork $uow) {}

    public function find(int $id): Product
    {
        $p = new Product($id, "Product {$id}", str_repeat('Durable, washable, eco. ', 30));
        $this->uow->registerLoaded($p);
        return $p;
    }
}

$uow = new UnitOfWork();
$repo = new ProductRepository($uow);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $product = $repo->find($i);
    $product->name = strtoupper($product->name);
    $uow->isDirty($product);
}
unset($product);
