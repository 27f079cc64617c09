<?php

namespace App\Retention;

/**
 * Retention withheld from subcontractor progress claims. Bound as a
 * singleton: the rates come from config and the ledger is shared by every
 * import job the worker runs.
 */
final class RetentionLedger
{
    private const LINE_TYPES = [
        'LAB' => LabourLine::class,
        'MAT' => MaterialsLine::class,
        'PLT' => PlantHireLine::class,
        'VAR' => VariationLine::class,
    ];

    /** @var array<string, int> retention held in cents, per line kind */
    private array $heldCents = [];

    public function __construct(private array $rates)
    {
    }

    public function lineFor(array $row): InvoiceLine
    {
        $class = self::LINE_TYPES[$row['type']] ?? throw new \InvalidArgumentException("line type {$row['type']}");
        return new $class($this, $row);
    }

    /**
     * Called by every line as it is created. The ledger keeps totals per
     * line kind (one of the LINE_TYPES classes), not the lines: the claim
     * itself is persisted by the import job.
     */
    public function hold(InvoiceLine $line): void
    {
        $kind = $line::KIND;
        $this->heldCents[$kind] = ($this->heldCents[$kind] ?? 0) + $line->retentionCents();
    }

    public function rateFor(string $kind): float
    {
        return $this->rates[$kind] ?? 0.0;
    }

    public function totalHeldCents(): int
    {
        return array_sum($this->heldCents);
    }
}
