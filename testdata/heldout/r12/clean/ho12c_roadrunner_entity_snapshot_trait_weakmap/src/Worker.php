<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {

    final class Request
    {
        /** @param array<string, string> $body */
        public function __construct(
            public readonly string $uri,
            public readonly array $body,
        ) {
        }
    }

    /** Minimal stand-in for the PSR-7 worker: feeds N requests from the pipe. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private readonly int $limit)
        {
        }

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $id = 1000 + $this->served++;

            return new Request("/customers/{$id}", ['name' => "Renamed {$id}", 'id' => (string) $id]);
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace App\Http {

    use App\Persistence\CustomerRepository;
    use Spiral\RoadRunner\Http\Request;

    final class UpdateCustomerHandler
    {
        public function __construct(private readonly CustomerRepository $customers)
        {
        }

        public function __invoke(Request $request): string
        {
            $customer = $this->customers->find((int) $request->body['id']);
            $customer->rename($request->body['name']);
            $this->customers->save($customer);

            return '{"status":"ok"}';
        }
    }
}
