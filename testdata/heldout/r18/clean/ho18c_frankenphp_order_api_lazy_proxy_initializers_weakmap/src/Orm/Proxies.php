<?php

declare(strict_types=1);

namespace App\Orm;

use App\Domain\AddressInterface;
use App\Domain\CustomerInterface;

trait LazyLoading
{
    private ?object $target = null;

    public function __construct(
        private readonly int $identifier,
        private readonly ProxyFactory $factory,
    ) {}

    public function id(): int
    {
        return $this->identifier;
    }

    private function target(): object
    {
        return $this->target ??= $this->factory->initialize($this);
    }
}

final class CustomerProxy implements CustomerInterface
{
    use LazyLoading;

    public function displayName(): string { return $this->target()->displayName(); }

    public function email(): string { return $this->target()->email(); }
}

final class AddressProxy implements AddressInterface
{
    use LazyLoading;

    public function oneLine(): string { return $this->target()->oneLine(); }
}
