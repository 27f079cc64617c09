<?php
// A Messenger-style consumer marks invoices paid, loading each invoice through an EntityManager that keeps an identity map of loaded entities; resettable services are reset after each message.

require __DIR__ . '/Orm.php';
require __DIR__ . '/Handlers.php';

final class ServicesResetter implements ResetInterface
{
    /** @param ResetInterface[] $services */
    public function __construct(private array $services) {}

    public function reset(): void
    {
        foreach ($this->services as $service) {
            $service->reset();
        }
    }
}

final class Consumer
{
    public function __construct(private MessageBus $bus, private ResetInterface $resetter) {}

    public function run(iterable $transport): void
    {
        foreach ($transport as $envelope) {
            try {
                $this->bus->dispatch(unserialize($envelope));
            } finally {
                $this->resetter->reset();
            }
        }
    }
}

function transport(int $count): Generator
{
    for ($i = 0; $i < $count; $i++) {
        yield serialize(new MarkInvoicePaid(100000 + $i, 'pi_' . bin2hex(random_bytes(12))));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$em = new EntityManager(new FakeConnection());
$bus = new MessageBus();
$bus->register(MarkInvoicePaid::class, new MarkInvoicePaidHandler($em));
(new Consumer($bus, new ServicesResetter([$em])))->run(transport($n));
