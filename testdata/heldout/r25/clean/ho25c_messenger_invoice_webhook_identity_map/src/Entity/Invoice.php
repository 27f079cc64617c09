<?php

namespace App\Entity;

class Invoice
{
    private ?\DateTimeImmutable $syncedAt = null;
    private ?string $externalRef = null;

    public function __construct(
        private int $id,
        private string $number,
        private string $customerName,
        private string $billingAddress,
        private string $currency,
        private int $totalCents,
        private string $status,
        private string $notes,
        private \DateTimeImmutable $issuedAt,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            $row['number'],
            $row['customer_name'],
            $row['billing_address'],
            $row['currency'],
            (int) $row['total_cents'],
            $row['status'],
            $row['notes'],
            new \DateTimeImmutable($row['issued_at']),
        );
    }

    public function toRow(): array
    {
        return [
            'id' => $this->id,
            'number' => $this->number,
            'customer_name' => $this->customerName,
            'billing_address' => $this->billingAddress,
            'currency' => $this->currency,
            'total_cents' => $this->totalCents,
            'status' => $this->status,
            'notes' => $this->notes,
            'issued_at' => $this->issuedAt->format('Y-m-d H:i:s'),
        ];
    }

    public function markSynced(string $externalRef, string $status, \DateTimeImmutable $at): void
    {
        $this->externalRef = $externalRef;
        $this->status = $status;
        $this->syncedAt = $at;
    }

    public function getNumber(): string
    {
        return $this->number;
    }
}
