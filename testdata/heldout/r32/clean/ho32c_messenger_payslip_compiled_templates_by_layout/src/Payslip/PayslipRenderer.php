<?php

namespace Acme\Payroll\Payslip;

use Acme\Payroll\Message\GeneratePayslip;

final class PayslipRenderer
{
    public function render(GeneratePayslip $message): string
    {
        $template = PayrollRuntime::templates()->compiled(
            TemplateKey::for($message),
            array_keys($message->components),
        );

        $replacements = [];
        foreach ($message->components as $name => $amount) {
            $replacements['{{ label.' . $name . ' }}'] = ucwords(str_replace('_', ' ', $name));
            $replacements['{{ amount.' . $name . ' }}'] = number_format($amount, 2);
        }
        $replacements['{{ employee }}'] = (string) $message->employeeId;
        $replacements['{{ period }}'] = $message->payPeriod;

        return strtr($template, $replacements);
    }
}
