<?php

namespace App\Http;

use App\Entity\Customer;
use App\Persistence\ChangeTracker;
use Psr\Http\Message\Response;
use Psr\Http\Message\ServerRequest;

final class CustomerController
{
    public function __construct(private ChangeTracker $tracker) {}

    public function update(ServerRequest $request): Response
    {
        $id = (int) basename($request->path);
        $row = ['id' => $id, 'name' => "Customer {$id}", 'phone' => '', 'note' => str_repeat('legacy import ', 20)];
        $customer = $this->tracker->register(new Customer(...$row));
        $customer->phone = $request->body['phone'];
        $customer->note = $request->body['note'];

        $sql = [];
        foreach ($this->tracker->changeSet($customer) as $column => $value) {
            $sql[] = "{$column} = '" . addslashes((string) $value) . "'";
        }
        return new Response(200, 'UPDATE customers SET ' . implode(', ', $sql) . " WHERE id = {$id}");
    }
}
