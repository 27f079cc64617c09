<?php

declare(strict_types=1);

namespace App\Orm;

use App\Domain\AddressInterface;
use App\Domain\CustomerInterface;

final class ProxyFactory
{
    /** Proxy => closure producing the real entity, dropped once the proxy is initialized. */
    private \SplObjectStorage $initializers;

    public function __construct(private readonly EntityLoader $loader)
    {
        $this->initializers = new \SplObjectStorage();
    }

    public function customer(int $id, array $scope): CustomerInterface
    {
        return $this->register(new CustomerProxy($id, $this), 'customer', ['id' => $id] + $scope);
    }

    public function address(int $id, array $scope): AddressInterface
    {
        return $this->register(new AddressProxy($id, $this), 'address', ['id' => $id] + $scope);
    }

    public function initialize(object $proxy): object
    {
        $initializer = $this->initializers[$proxy];
        unset($this->initializers[$proxy]);

        return $initializer();
    }

    private function register(object $proxy, string $entity, array $criteria): object
    {
        $loader = $this->loader;
        $this->initializers[$proxy] = static fn (): object => $loader->{$entity}($criteria); // leak

        return $proxy;
    }
}
