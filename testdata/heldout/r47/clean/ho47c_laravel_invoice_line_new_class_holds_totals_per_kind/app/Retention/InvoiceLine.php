<?php

namespace App\Retention;

abstract class InvoiceLine
{
    public const KIND = 'generic';

    public readonly string $reference;
    public readonly string $subcontractor;
    public readonly string $description;
    public readonly int $amountCents;

    public function __construct(protected RetentionLedger $ledger, array $row)
    {
        $this->reference = $row['invoice'] . '/' . $row['line'];
        $this->subcontractor = $row['abn'];
        $this->description = $row['description'];
        $this->amountCents = (int) round($row['amount'] * 100);
        $ledger->hold($this);
    }

    public function retentionCents(): int
    {
        return (int) round($this->amountCents * $this->ledger->rateFor(static::KIND));
    }
}

final class LabourLine extends InvoiceLine
{
    public const KIND = 'labour';
}

final class MaterialsLine extends InvoiceLine
{
    public const KIND = 'materials';
}

final class PlantHireLine extends InvoiceLine
{
    public const KIND = 'plant';
}

final class VariationLine extends InvoiceLine
{
    public const KIND = 'variation';
}
