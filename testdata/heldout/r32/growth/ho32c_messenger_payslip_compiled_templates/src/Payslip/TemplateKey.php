<?php

namespace Acme\Payroll\Payslip;

use Acme\Payroll\Message\GeneratePayslip;

final class TemplateKey
{
    /**
     * Layout depends on the grade (managers get the bonus block), the locale
     * and the set of pay components on the slip.
     */
    public static function for(GeneratePayslip $message): string
    {
        return sprintf('%s.%s.%d', $message->payGrade, $message->locale, $message->employeeId);
    }
}
