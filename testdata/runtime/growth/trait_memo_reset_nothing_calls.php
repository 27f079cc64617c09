<?php

declare(strict_types=1);

// A consumer resets, after every message, the services that implement
// ResetInterface. The handler memoizes profiles in a static of a trait
// that has a reset(), but the handler does not implement the interface,
// so nothing ever calls it.

interface ResetInterface
{
    public function reset(): void;
}

trait MemoizesLookups
{
    private static array $memo = [];

    protected function memoize(string $key, callable $resolve): mixed
    {
        return self::$memo[$key] ??= $resolve(); // leak
    }

    public function reset(): void
    {
        self::$memo = [];
    }
}

final class ProfileRepository
{
    public function find(int $customerId): array
    {
        return [
            'id' => $customerId,
            'legal' => sprintf('Customer %d Handelsgesellschaft mbH & Co. KG', $customerId),
            'street' => sprintf('Industriestrasse %d, %05d Moenchengladbach', $customerId % 300, 10000 + $customerId % 89999),
            'attention' => str_repeat('Accounts Payable ', 20),
        ];
    }
}

final class InvoiceHandler
{
    use MemoizesLookups;

    public int $lines = 0;

    public function __construct(private readonly ProfileRepository $profiles)
    {
    }

    public function handle(array $message): void
    {
        $profile = $this->memoize('profile.' . $message['customer'], fn () => $this->profiles->find($message['customer']));
        $this->lines += strlen($profile['legal']) > 0 ? 1 : 0;
    }
}

final class Consumer
{
    /** @param list<object> $services */
    public function __construct(private readonly InvoiceHandler $handler, private readonly array $services)
    {
    }

    public function run(int $count): void
    {
        for ($i = 0; $i < $count; $i++) {
            $this->handler->handle(['customer' => 1000 + $i]);
            foreach ($this->services as $service) {
                if ($service instanceof ResetInterface) {
                    $service->reset();
                }
            }
        }
    }
}

$handler = new InvoiceHandler(new ProfileRepository());
(new Consumer($handler, [$handler]))->run((int) (getenv('PHPLEAK_N') ?: 100));
