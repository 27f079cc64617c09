<?php
// View helpers: declares its functions and, at its top level, registers them in the
// global formatter registry and links the registry and its default formatter both ways.

namespace App\View;

final class FormatterRegistry
{
    /** @var array<string, callable> */
    public static array $formatters = [];

    public ?Formatter $default = null;
}

final class Formatter
{
    public function __construct(public FormatterRegistry $registry, public string $locale) {}
}

function format_money(int $cents, string $currency): string
{
    return number_format($cents / 100, 2) . ' ' . $currency;
}

function format_date(int $timestamp): string
{
    return gmdate('Y-m-d H:i', $timestamp);
}

FormatterRegistry::$formatters[] = ['name' => 'money', 'fn' => __NAMESPACE__ . '\format_money', 'doc' => str_repeat('Formats cents as money. ', 30)];
FormatterRegistry::$formatters[] = ['name' => 'date', 'fn' => __NAMESPACE__ . '\format_date', 'doc' => str_repeat('Formats a UNIX timestamp. ', 30)];

$viewRegistry = new FormatterRegistry();
$viewRegistry->default = new Formatter($viewRegistry, 'en_US');
