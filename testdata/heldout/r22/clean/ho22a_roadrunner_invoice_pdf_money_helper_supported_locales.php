<?php

declare(strict_types=1);

namespace Billing\Support;

enum Currency: string
{
    case EUR = 'EUR';
    case USD = 'USD';
    case GBP = 'GBP';

    public function symbol(): string
    {
        return match ($this) {
            self::EUR => '€',
            self::USD => '$',
            self::GBP => '£',
        };
    }
}

final class Money
{
    public function __construct(public readonly int $minor, public readonly Currency $currency)
    {
    }
}

final class CurrencyPattern
{
    /**
     * @param array{decimal: string, group: string} $separators
     * @param array{prefix: string, suffix: string} $affixes
     */
    public function __construct(
        public readonly string $locale,
        public readonly string $positive,
        public readonly string $negative,
        public readonly array $separators,
        public readonly array $affixes,
        public readonly string $description,
    ) {
    }

    public static function build(string $locale, Currency $currency): self
    {
        $continental = preg_match('/^(de|fr|es|it|nl)/i', $locale) === 1;
        $positive = $continental ? '#.##0,00 ' . $currency->symbol() : $currency->symbol() . '#,##0.00';

        return new self(
            $locale,
            $positive,
            '-' . $positive,
            $continental ? ['decimal' => ',', 'group' => '.'] : ['decimal' => '.', 'group' => ','],
            $continental ? ['prefix' => '', 'suffix' => ' ' . $currency->symbol()] : ['prefix' => $currency->symbol(), 'suffix' => ''],
            sprintf('%s amounts for "%s": %s, negative %s', $currency->name, $locale, $positive, '-' . $positive),
        );
    }

    public function format(int $minor): string
    {
        $digits = number_format(abs($minor) / 100, 2, $this->separators['decimal'], $this->separators['group']);
        $template = $minor < 0 ? $this->negative : $this->positive;

        return str_replace(['#.##0,00', '#,##0.00'], $digits, $template);
    }
}

const FALLBACK_LOCALE = 'en-us';
const SUPPORTED_LOCALES = ['en-us', 'en-gb', 'de-de', 'fr-fr', 'es-es'];

function preferred_locale(string $acceptLanguage): string
{
    $preference = str_replace('_', '-', strtolower(trim(explode(',', $acceptLanguage)[0])));

    return in_array($preference, SUPPORTED_LOCALES, true) ? $preference : FALLBACK_LOCALE;
}

function format_money(Money $money, string $locale): string
{
    static $patterns = [];

    $key = "{$locale}|{$money->currency->value}";
    $pattern = $patterns[$key] ??= CurrencyPattern::build($locale, $money->currency);

    return $pattern->format($money->minor);
}

namespace Billing\Invoices;

use Billing\Support\Currency;
use Billing\Support\Money;

use function Billing\Support\format_money;
use function Billing\Support\preferred_locale;

final class InvoiceLine
{
    public function __construct(public readonly string $description, public readonly int $qty, public readonly Money $unit)
    {
    }
}

final class Invoice
{
    /** @param list<InvoiceLine> $lines */
    public function __construct(public readonly string $number, public readonly Currency $currency, public readonly array $lines)
    {
    }
}

interface PdfWriter
{
    /** @param list<string> $rows */
    public function render(string $title, array $rows): string;
}

final class MinimalPdfWriter implements PdfWriter
{
    public function render(string $title, array $rows): string
    {
        $body = "BT /F1 12 Tf ({$title}) Tj ET\n";
        foreach ($rows as $y => $row) {
            $body .= sprintf("BT 50 %d Td (%s) Tj ET\n", 700 - $y * 14, addcslashes($row, '()\\'));
        }

        return "%PDF-1.4\n" . $body . "%%EOF";
    }
}

final class InvoicePdfRenderer
{
    public function __construct(private readonly PdfWriter $writer)
    {
    }

    public function render(Invoice $invoice, string $acceptLanguage): string
    {
        $locale = preferred_locale($acceptLanguage);
        $rows = [];
        $total = 0;
        foreach ($invoice->lines as $line) {
            $amount = $line->qty * $line->unit->minor;
            $total += $amount;
            $rows[] = sprintf('%s x%d  %s', $line->description, $line->qty, format_money(new Money($amount, $invoice->currency), $locale));
        }
        $rows[] = 'Total: ' . format_money(new Money($total, $invoice->currency), $locale);

        return $this->writer->render("Invoice {$invoice->number}", $rows);
    }
}

final class InvoiceDownloadHandler
{
    public function __construct(private readonly InvoicePdfRenderer $renderer)
    {
    }

    /** @param array<string, string> $headers */
    public function handle(Invoice $invoice, array $headers): int
    {
        return strlen($this->renderer->render($invoice, $headers['accept-language'] ?? ''));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new InvoiceDownloadHandler(new InvoicePdfRenderer(new MinimalPdfWriter()));
$primary = ['de-DE', 'en-GB', 'fr-FR', 'en-US'];
$secondary = ['en', 'de', 'fr', 'es'];

for ($i = 0; $i < $n; $i++) {
    $currency = Currency::cases()[$i % 3];
    $invoice = new Invoice(sprintf('INV-%06d', $i), $currency, [
        new InvoiceLine('Pro plan (monthly)', 1, new Money(4900, $currency)),
        new InvoiceLine('Extra seats', 3 + $i % 5, new Money(900, $currency)),
    ]);
    $weights = [];
    foreach ($secondary as $k => $lang) {
        $weights[] = sprintf('%s;q=0.%d', $lang, 1 + intdiv($i, 9 ** $k) % 9);
    }
    $header = $primary[$i % 4] . ',' . implode(',', $weights);
    $handler->handle($invoice, ['accept-language' => $header]);
}
