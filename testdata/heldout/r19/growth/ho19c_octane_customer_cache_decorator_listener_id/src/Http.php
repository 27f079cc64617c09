<?php

declare(strict_types=1);

namespace App\Http;

use Acme\Events\EventDispatcher;
use App\Customers\CachingCustomerRepository;
use App\Customers\CustomerRepository;
use App\Customers\DbalCustomerRepository;

final class Request
{
    public function __construct(public readonly string $method, public readonly int $customerId)
    {
    }
}

final class Container
{
    /** @var array<string, object> */
    private array $singletons = [];

    /** @var array<string, object> */
    private array $scoped = [];

    public function dispatcher(): EventDispatcher
    {
        return $this->singletons[EventDispatcher::class] ??= new EventDispatcher();
    }

    public function customers(): CustomerRepository
    {
        return $this->scoped[CustomerRepository::class] ??= new CachingCustomerRepository(
            new DbalCustomerRepository($this->dispatcher()),
            $this->dispatcher(),
        );
    }

    /** Called by the worker after every request, like Octane's flush. */
    public function forgetScopedInstances(): void
    {
        $this->scoped = [];
    }
}

final class CustomerController
{
    public function __construct(private readonly Container $container)
    {
    }

    public function __invoke(Request $request): string
    {
        $customers = $this->container->customers();
        if ($request->method === 'PATCH') {
            $customers->rename($request->customerId, 'Renamed ' . $request->customerId);
        }
        $customer = $customers->find($request->customerId);

        return json_encode(['id' => $customer?->id, 'name' => $customer?->name], JSON_THROW_ON_ERROR);
    }
}
