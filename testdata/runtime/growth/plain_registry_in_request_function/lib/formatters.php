<?php
// View helpers: declares its functions; registering them is left to a function.

namespace App\View;

final class FormatterRegistry
{
    /** @var array<string, callable> */
    public static array $formatters = [];
}

function format_money(int $cents, string $currency): string
{
    return number_format($cents / 100, 2) . ' ' . $currency;
}

function format_date(int $timestamp): string
{
    return gmdate('Y-m-d H:i', $timestamp);
}

function register_formatters(string $locale): void
{
    FormatterRegistry::$formatters[] = ['name' => 'money', 'fn' => __NAMESPACE__ . '\format_money', 'doc' => str_repeat('Formats cents as money. ', 30) . $locale]; // leak
    FormatterRegistry::$formatters[] = ['name' => 'date', 'fn' => __NAMESPACE__ . '\format_date', 'doc' => str_repeat('Formats a UNIX timestamp. ', 30) . $locale]; // leak
}
