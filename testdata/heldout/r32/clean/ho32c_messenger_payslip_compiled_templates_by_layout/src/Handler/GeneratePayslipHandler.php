<?php

namespace Acme\Payroll\Handler;

use Acme\Payroll\Message\GeneratePayslip;
use Acme\Payroll\Payslip\PayslipRenderer;

final class GeneratePayslipHandler
{
    private int $generated = 0;

    public function __construct(private PayslipRenderer $renderer)
    {
    }

    public function __invoke(GeneratePayslip $message): array
    {
        $html = $this->renderer->render($message);
        $this->generated++;

        return [
            'employee' => $message->employeeId,
            'period' => $message->payPeriod,
            'bytes' => strlen($html),
            'checksum' => hash('crc32b', $html),
        ];
    }
}
