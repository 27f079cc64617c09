<?php

namespace Acme\Payroll\Payslip;

use Acme\Payroll\Message\GeneratePayslip;

final class TemplateKey
{
    public const GRADES = ['E1', 'E2', 'E3', 'M1', 'M2'];
    public const LOCALES = ['en_GB', 'de_DE', 'nl_NL'];
    public const COMPONENTS = ['base', 'overtime', 'pension', 'shift_allowance', 'bonus'];

    /**
     * Layout depends on the grade (managers get the bonus block), the locale
     * and the set of pay components on the slip.
     */
    public static function for(GeneratePayslip $message): string
    {
        $grade = in_array($message->payGrade, self::GRADES, true) ? $message->payGrade : 'E1';
        $locale = in_array($message->locale, self::LOCALES, true) ? $message->locale : 'en_GB';
        $components = array_values(array_intersect(self::COMPONENTS, array_keys($message->components)));

        return sprintf('%s.%s.%s', $grade, $locale, implode('+', $components));
    }
}
