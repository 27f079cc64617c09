<?php

namespace App\Services;

/**
 * Formats minor-unit prices for display. Compiling a locale's format is the
 * expensive part, so compiled formats are kept for the life of the worker.
 */
class PriceFormatter
{
    /** @var array<string, LocaleFormat> */
    private array $formats = [];

    private const SEPARATORS = [
        'en' => ['.', ',', true],
        'de' => [',', '.', false],
        'fr' => [',', "\u{202F}", false],
        'nl' => [',', '.', true],
        'es' => [',', '.', false],
    ];

    public function __construct(private string $currency)
    {
    }

    public function format(int $minor, string $locale): string
    {
        $format = $this->formats[$locale] ??= $this->compile($locale);

        return $format->apply($minor);
    }

    private function compile(string $locale): LocaleFormat
    {
        [$decimal, $group, $symbolFirst] = self::SEPARATORS[substr($locale, 0, 2)] ?? self::SEPARATORS['en'];
        $digits = [];
        foreach (range(0, 9) as $d) {
            $digits[(string) $d] = (string) $d;
        }

        return new LocaleFormat(
            $locale,
            sprintf('%s#,##0.00%s', $symbolFirst ? '¤' : '', $symbolFirst ? '' : "\u{00A0}¤"),
            $decimal,
            $group,
            $this->currency === 'EUR' ? '€' : $this->currency,
            $symbolFirst,
            $digits,
            ['minus' => '-', 'plus' => '+', 'percent' => '%', 'permille' => '‰', 'exponent' => 'E', 'infinity' => '∞', 'nan' => 'NaN', 'locale' => $locale],
        );
    }
}
