<?php
declare(strict_types=1);

namespace Gridline\Billing;

use Gridline\Metering\BillingDeterminant;

final class InvoiceFactory
{
    /** @var array<string, array{code: string, price: float}> */
    private const RATE_SCHEDULE = [
        'kWh on-peak' => ['code' => 'E-TOU-ON', 'price' => 0.2874],
        'kWh off-peak' => ['code' => 'E-TOU-OFF', 'price' => 0.1139],
        'kW demand' => ['code' => 'E-DMD', 'price' => 11.42],
    ];

    private int $sequence = 0;

    /** @param list<BillingDeterminant> $determinants */
    public function create(string $accountNumber, string $cycle, array $determinants): Invoice
    {
        $invoice = new Invoice(sprintf('INV-%s-%06d', $cycle, ++$this->sequence), $accountNumber, $cycle);
        foreach ($determinants as $determinant) {
            $rate = self::RATE_SCHEDULE[$determinant->register];
            $invoice->addLine(new InvoiceLine(
                $rate['code'],
                sprintf(
                    '%s usage for service account %s, billing cycle %s: %.2f %s at %.4f per unit (schedule E-TOU, rider PPP and wildfire fund surcharge included)',
                    $determinant->register,
                    $accountNumber,
                    $cycle,
                    $determinant->quantity,
                    $determinant->unit,
                    $rate['price'],
                ),
                $determinant->quantity,
                $rate['price'],
            ));
        }

        return $invoice;
    }
}
