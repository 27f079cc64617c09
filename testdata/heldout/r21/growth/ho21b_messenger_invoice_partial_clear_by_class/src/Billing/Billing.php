<?php

declare(strict_types=1);

namespace App\Billing;

use App\Persistence\Entity;
use App\Persistence\EntityManager;
use Vendor\Messenger\Envelope;
use Vendor\Messenger\MiddlewareInterface;
use Vendor\Messenger\StackInterface;

final class Customer implements Entity
{
    public function __construct(private readonly int $id, public string $name, public string $billingAddress, public string $vatNumber) {}

    public static function fromRow(array $row): self
    {
        return new self($row['id'], $row['name'], $row['billing_address'], $row['vat_number']);
    }

    public function getId(): int
    {
        return $this->id;
    }

    public function toRow(): array
    {
        return ['id' => $this->id, 'name' => $this->name, 'billing_address' => $this->billingAddress, 'vat_number' => $this->vatNumber];
    }
}

final class Invoice implements Entity
{
    public function __construct(private readonly int $id, public readonly int $customerId, public string $status, public int $amountCents) {}

    public static function fromRow(array $row): self
    {
        return new self($row['id'], $row['customer_id'], $row['status'], $row['amount_cents']);
    }

    public function getId(): int
    {
        return $this->id;
    }

    public function toRow(): array
    {
        return ['id' => $this->id, 'customer_id' => $this->customerId, 'status' => $this->status, 'amount_cents' => $this->amountCents];
    }
}

final class MarkInvoicePaid
{
    public function __construct(public readonly int $invoiceId, public readonly string $paymentReference) {}
}

final class MarkInvoicePaidHandler
{
    public function __construct(private readonly EntityManager $em) {}

    public function __invoke(MarkInvoicePaid $message): void
    {
        $invoice = $this->em->find(Invoice::class, $message->invoiceId);
        $customer = $this->em->find(Customer::class, $invoice->customerId);

        $invoice->status = 'paid';
        $customer->name = trim($customer->name);
        $this->em->flush();
    }
}

/** Keeps the identity map from carrying invoices over from one message to the next. */
final class ClearEntityManagerMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly EntityManager $em) {}

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        try {
            return $stack->next()->handle($envelope, $stack);
        } finally {
            $this->em->clear(Invoice::class);
        }
    }
}
