<?php

declare(strict_types=1);

namespace App\Orm;

use App\Domain\Address;
use App\Domain\Customer;
use App\Domain\Order;

final class EntityLoader
{
    public function customer(array $criteria): Customer
    {
        $id = $criteria['id'];

        return new Customer($id, 'Customer #' . $id, "customer{$id}@{$criteria['tenant']}.example");
    }

    public function address(array $criteria): Address
    {
        $id = $criteria['id'];

        return new Address($id, ($id % 90 + 1) . ' Harbour Street', 'Rotterdam', $criteria['locale'] === 'de' ? 'DE' : 'NL');
    }
}

final class OrderRepository
{
    public function __construct(private readonly ProxyFactory $proxies) {}

    public function find(int $id, string $tenant, string $locale): Order
    {
        $row = ['id' => $id, 'number' => sprintf('SO-%07d', $id), 'customer_id' => 500 + $id % 40, 'shipping_address_id' => 900 + $id % 60];
        $scope = ['tenant' => $tenant, 'locale' => $locale];

        return new Order(
            $row['id'],
            $row['number'],
            $this->proxies->customer($row['customer_id'], $scope),
            $this->proxies->address($row['shipping_address_id'], $scope),
            [['sku' => 'HNG-' . ($id % 13), 'qty' => 2, 'price' => 1250], ['sku' => 'BRK-7', 'qty' => 1, 'price' => 4999]],
        );
    }
}
