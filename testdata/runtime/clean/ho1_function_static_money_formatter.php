<?php
// An invoice-rendering worker formats amounts through a helper function that caches currency format patterns in a function-level static array keyed "money:{locale}:{currency}".

final class Invoice
{
    public function __construct(
        public readonly string $number,
        public readonly string $locale,
        public readonly string $currency,
        public readonly array $lines,
    ) {}
}

const SUPPORTED_LOCALES = ['en_US', 'de_DE', 'fr_FR', 'ja_JP'];
const SUPPORTED_CURRENCIES = ['USD', 'EUR', 'JPY'];

function money_pattern(string $locale, string $currency): array
{
    static $patterns = [];

    if (!in_array($locale, SUPPORTED_LOCALES, true)) {
        $locale = 'en_US';
    }
    if (!in_array($currency, SUPPORTED_CURRENCIES, true)) {
        $currency = 'USD';
    }

    $key = "money:{$locale}:{$currency}";
    if (!isset($patterns[$key])) {
        [$decimal, $thousands, $symbolFirst] = match ($locale) {
            'de_DE', 'fr_FR' => [',', '.', false],
            default => ['.', ',', true],
        };
        $patterns[$key] = [
            'decimals' => $currency === 'JPY' ? 0 : 2,
            'decimal' => $decimal,
            'thousands' => $thousands,
            'symbol' => ['USD' => '$', 'EUR' => '€', 'JPY' => '¥'][$currency],
            'symbol_first' => $symbolFirst,
            'description' => str_repeat("{$locale}/{$currency} ", 20),
        ];
    }
    return $patterns[$key];
}

function format_money(int $minor, string $locale, string $currency): string
{
    $p = money_pattern($locale, $currency);
    $amount = number_format($minor / ($p['decimals'] ? 100 : 1), $p['decimals'], $p['decimal'], $p['thousands']);
    return $p['symbol_first'] ? $p['symbol'] . $amount : $amount . ' ' . $p['symbol'];
}

final class InvoiceRenderer
{
    public function render(Invoice $invoice): string
    {
        $rows = '';
        $total = 0;
        foreach ($invoice->lines as [$label, $minor]) {
            $total += $minor;
            $rows .= sprintf('<tr><td>%s</td><td>%s</td></tr>', htmlspecialchars($label), format_money($minor, $invoice->locale, $invoice->currency));
        }
        return sprintf(
            '<table data-invoice="%s">%s<tfoot><tr><td>Total</td><td>%s</td></tr></tfoot></table>',
            $invoice->number,
            $rows,
            format_money($total, $invoice->locale, $invoice->currency),
        );
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$renderer = new InvoiceRenderer();
for ($i = 0; $i < $n; $i++) {
    $invoice = new Invoice(
        sprintf('INV-%07d', $i),
        SUPPORTED_LOCALES[$i % 4],
        SUPPORTED_CURRENCIES[$i % 3],
        [['Hosting plan', 2900 + $i], ['Support hours', 12000], ['Domain', 1500]],
    );
    $html = $renderer->render($invoice);
}
