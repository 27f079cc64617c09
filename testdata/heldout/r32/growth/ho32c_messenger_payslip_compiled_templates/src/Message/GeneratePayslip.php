<?php

namespace Acme\Payroll\Message;

final class GeneratePayslip
{
    public function __construct(
        public readonly int $employeeId,
        public readonly string $payPeriod,
        public readonly string $payGrade,
        public readonly string $locale,
        public readonly array $components,
    ) {
    }
}
