<?php
// Translation catalogs are cached per locale; the requested locale is narrowed to a constant list of supported locales first.

final class Translator
{
    public const LOCALES = ['en', 'de', 'fr'];

    /** @var array<string, array<string, string>> */
    private static array $catalogs = [];

    public static function trans(string $requested, string $key): string
    {
        $locale = in_array($requested, self::LOCALES, true) ? $requested : self::LOCALES[0];
        $catalog = self::$catalogs[$locale] ??= self::load($locale);
        return $catalog[$key] ?? $key;
    }

    private static function load(string $locale): array
    {
        return [
            'invoice.title' => strtoupper($locale) . ' ' . str_repeat('Invoice ', 30),
            'invoice.footer' => strtoupper($locale) . ' ' . str_repeat('Thank you for your order. ', 20),
        ];
    }
}

function handle_request(array $request): string
{
    return Translator::trans($request['accept_language'], 'invoice.title') . $request['invoice_id'];
}

$requested = ['en', 'de', 'fr', 'es', 'pt-BR'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['accept_language' => $requested[$i % 5] . ($i % 7 === 0 ? "-x{$i}" : ''), 'invoice_id' => "INV-{$i}", 'body' => str_repeat("line {$i} ", 60)]);
}
