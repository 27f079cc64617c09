<?php

namespace Acme\Payroll\Payslip;

/** Process-wide services the payslip pipeline reaches without injection. */
final class PayrollRuntime
{
    private static ?TemplateRegistry $templates = null;

    public static function boot(TemplateRegistry $templates): void
    {
        self::$templates = $templates;
    }

    public static function templates(): TemplateRegistry
    {
        return self::$templates ?? throw new \LogicException('PayrollRuntime not booted');
    }
}
