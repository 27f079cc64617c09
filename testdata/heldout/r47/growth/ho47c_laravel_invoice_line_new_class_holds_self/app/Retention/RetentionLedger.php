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

    /** @var array<string, InvoiceLine> */
    private array $held = [];

    public function __construct(private array $rates)
    {
    }

    public function lineFor(array $row): InvoiceLine
    {
        $class = self::LINE_TYPES[$row['type']] ?? throw new \InvalidArgumentException("line type {$row['type']}");
        return new $class($this, $row);
    }

    /** Called by every line as it is created. */
    public function hold(InvoiceLine $line): void
    {
        $this->held[$line->reference] = $line; // leak
    }

    public function rateFor(string $kind): float
    {
        return $this->rates[$kind] ?? 0.0;
    }

    public function totalHeldCents(): int
    {
        $sum = 0;
        foreach ($this->held as $line) {
            $sum += $line->retentionCents();
        }
        return $sum;
    }
}
